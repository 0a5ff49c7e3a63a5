package io.secpillar.evidence.aws.s3;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.s3.S3BucketSettings;
import io.secpillar.evidence.inventory.s3.S3Inventory;
import io.secpillar.evidence.inventory.s3.S3Inventory.PublicAccessBlock;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3control.S3ControlClient;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.secpillar.evidence.inventory.s3.S3Inventory.*;

/**
 * Lists the account's buckets once (every page) and reads each bucket's settings with a client of the
 * bucket's own region, plus the account-level public access block from S3 Control in the target region.
 */
public final class S3InventoryCollector implements InventoryCollector<S3Inventory> {

    /** Asking for pages makes S3 return continuation tokens and each bucket's region (saves GetBucketLocation). */
    static final int PAGE_SIZE = 1000;

    @Override
    public Class<S3Inventory> type() {
        return S3Inventory.class;
    }

    @Override
    public S3Inventory collect(AwsClients clients, Target target) {
        S3Client home = clients.client(S3Client.class, target.region());
        Fetched<List<Bucket>> listed = AwsCalls.fetch(LIST_BUCKETS, () -> home
                .listBucketsPaginator(r -> r.maxBuckets(PAGE_SIZE)).stream()
                .flatMap(page -> page.buckets().stream()).toList());
        Map<String, S3Client> byRegion = new HashMap<>(Map.of(target.region(), home));
        Fetched<List<S3BucketSettings>> buckets = listed.isOk()
                ? Fetched.ok(listed.value().stream().map(b -> read(b, clients, home, byRegion)).toList(), LIST_BUCKETS)
                : Fetched.failed(listed.reason(), LIST_BUCKETS, listed.detail());
        S3ControlClient control = clients.client(S3ControlClient.class, target.region());
        Fetched<Optional<PublicAccessBlock>> accountBlock = S3Reads.optional(
                GET_ACCOUNT_PUBLIC_ACCESS_BLOCK, Set.of("NoSuchPublicAccessBlockConfiguration"),
                () -> S3Records.accountBlock(control.getPublicAccessBlock(r -> r.accountId(target.accountId()))
                        .publicAccessBlockConfiguration()));
        return new S3Inventory(buckets, accountBlock);
    }

    private static S3BucketSettings read(Bucket bucket, AwsClients clients, S3Client home, Map<String, S3Client> byRegion) {
        String name = bucket.name();
        Fetched<String> region = bucket.bucketRegion() != null && !bucket.bucketRegion().isBlank()
                ? Fetched.ok(bucket.bucketRegion(), GET_BUCKET_LOCATION)
                : AwsCalls.fetch(GET_BUCKET_LOCATION, () -> regionOf(
                        home.getBucketLocation(r -> r.bucket(name)).locationConstraintAsString()));
        String arn = "arn:" + partitionOf(region.isOk() ? region.value() : "us-east-1") + ":s3:::" + name;
        if (!region.isOk()) {
            return S3BucketSettings.withoutRegion(name, arn, region);
        }
        S3Client s3 = byRegion.computeIfAbsent(region.value(), r -> clients.client(S3Client.class, r));
        return new S3BucketSettings(name, arn, region,
                S3Reads.optional(GET_ENCRYPTION, Set.of("ServerSideEncryptionConfigurationNotFoundError"),
                        () -> S3Records.encryption(s3.getBucketEncryption(r -> r.bucket(name))
                                .serverSideEncryptionConfiguration())),
                S3Reads.optional(GET_BUCKET_PUBLIC_ACCESS_BLOCK, Set.of("NoSuchPublicAccessBlockConfiguration"),
                        () -> S3Records.bucketBlock(s3.getPublicAccessBlock(r -> r.bucket(name))
                                .publicAccessBlockConfiguration())),
                S3Reads.optional(GET_BUCKET_POLICY, Set.of("NoSuchBucketPolicy"),
                        () -> s3.getBucketPolicy(r -> r.bucket(name)).policy()),
                AwsCalls.fetch(GET_BUCKET_VERSIONING, () -> S3Records.versioning(s3.getBucketVersioning(r -> r.bucket(name)))),
                AwsCalls.fetch(GET_BUCKET_LOGGING, () -> S3Records.logging(s3.getBucketLogging(r -> r.bucket(name)))),
                S3Reads.optional(GET_OWNERSHIP_CONTROLS, Set.of("OwnershipControlsNotFoundError"),
                        () -> S3Records.ownership(s3.getBucketOwnershipControls(r -> r.bucket(name)).ownershipControls())));
    }

    /** GetBucketLocation answers nothing for us-east-1 and the legacy "EU" for eu-west-1. */
    static String regionOf(String locationConstraint) {
        if (locationConstraint == null || locationConstraint.isBlank()) {
            return "us-east-1";
        }
        return "EU".equals(locationConstraint) ? "eu-west-1" : locationConstraint;
    }

    static String partitionOf(String region) {
        return PartitionMetadata.of(Region.of(region)).id();
    }
}
