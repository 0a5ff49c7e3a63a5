package io.secpillar.evidence.inventory.s3;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What S3 says about one account: its buckets with their security settings, and the account-wide public
 * access block. Collected once per account (buckets are listed account-wide); each bucket's settings are
 * read in the bucket's own region.
 *
 * @param buckets                  every bucket of the account, or why they could not be listed
 * @param accountPublicAccessBlock the account-level block; empty when none is configured
 */
public record S3Inventory(Fetched<List<S3BucketSettings>> buckets,
                          Fetched<Optional<PublicAccessBlock>> accountPublicAccessBlock) {

    public static final String LIST_BUCKETS = "s3:ListAllMyBuckets";
    public static final String GET_BUCKET_LOCATION = "s3:GetBucketLocation";
    public static final String GET_ENCRYPTION = "s3:GetEncryptionConfiguration";
    public static final String GET_BUCKET_PUBLIC_ACCESS_BLOCK = "s3:GetBucketPublicAccessBlock";
    public static final String GET_ACCOUNT_PUBLIC_ACCESS_BLOCK = "s3:GetAccountPublicAccessBlock";
    public static final String GET_BUCKET_POLICY = "s3:GetBucketPolicy";
    public static final String GET_BUCKET_VERSIONING = "s3:GetBucketVersioning";
    public static final String GET_BUCKET_LOGGING = "s3:GetBucketLogging";
    public static final String GET_OWNERSHIP_CONTROLS = "s3:GetBucketOwnershipControls";

    /** What a check of one bucket setting reads: the bucket list, each bucket's region, then the setting's reads. */
    public static List<String> bucketReads(String... settingReads) {
        return Stream.concat(Stream.of(LIST_BUCKETS, GET_BUCKET_LOCATION), Stream.of(settingReads)).toList();
    }

    /**
     * The four switches of a public access block, of a bucket (S3) or of the account (S3 Control), as AWS gave
     * them (a switch left out stays null), and the answer as AWS printed it.
     */
    public record PublicAccessBlock(Boolean blockPublicAcls, Boolean ignorePublicAcls, Boolean blockPublicPolicy,
                                    Boolean restrictPublicBuckets, String proof) {
    }

    /** A bucket's default encryption: its rules, and the answer as AWS gave it. */
    public record EncryptionConfiguration(List<EncryptionRule> rules, String proof) {
    }

    /** One encryption rule's default: the algorithm (AES256, aws:kms …, null when the rule has none) and KMS key. */
    public record EncryptionRule(String sseAlgorithm, String kmsMasterKeyId) {
    }

    /** GetBucketVersioning: status Enabled or Suspended, null when versioning was never turned on. */
    public record Versioning(String status, String mfaDelete, String proof) {
    }

    /** GetBucketLogging: the target bucket and prefix, a null target bucket when logging is off. */
    public record Logging(String targetBucket, String targetPrefix, String proof) {
    }

    /** The Object Ownership of each ownership-control rule (null where a rule names none), and the answer. */
    public record OwnershipControls(List<String> objectOwnerships, String proof) {
    }
}
