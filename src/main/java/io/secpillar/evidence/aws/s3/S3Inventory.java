package io.secpillar.evidence.aws.s3;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.s3control.model.PublicAccessBlockConfiguration;

import java.util.List;
import java.util.Optional;

/**
 * What S3 says about one account: its buckets with their security settings, and the account-wide public
 * access block. Collected once per account (buckets are listed account-wide); each bucket's settings are
 * read in the bucket's own region.
 *
 * @param buckets                  every bucket of the account, or why they could not be listed
 * @param accountPublicAccessBlock the account-level block; empty when none is configured
 */
public record S3Inventory(Fetched<List<S3BucketSettings>> buckets,
                          Fetched<Optional<PublicAccessBlockConfiguration>> accountPublicAccessBlock) {

    public static final String LIST_BUCKETS = "s3:ListAllMyBuckets";
    public static final String GET_BUCKET_LOCATION = "s3:GetBucketLocation";
    public static final String GET_ENCRYPTION = "s3:GetEncryptionConfiguration";
    public static final String GET_BUCKET_PUBLIC_ACCESS_BLOCK = "s3:GetBucketPublicAccessBlock";
    public static final String GET_ACCOUNT_PUBLIC_ACCESS_BLOCK = "s3:GetAccountPublicAccessBlock";
    public static final String GET_BUCKET_POLICY = "s3:GetBucketPolicy";
    public static final String GET_BUCKET_VERSIONING = "s3:GetBucketVersioning";
    public static final String GET_BUCKET_LOGGING = "s3:GetBucketLogging";
    public static final String GET_OWNERSHIP_CONTROLS = "s3:GetBucketOwnershipControls";
}
