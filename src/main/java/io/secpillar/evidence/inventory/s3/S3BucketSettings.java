package io.secpillar.evidence.inventory.s3;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.s3.S3Inventory.EncryptionConfiguration;
import io.secpillar.evidence.inventory.s3.S3Inventory.Logging;
import io.secpillar.evidence.inventory.s3.S3Inventory.OwnershipControls;
import io.secpillar.evidence.inventory.s3.S3Inventory.PublicAccessBlock;
import io.secpillar.evidence.inventory.s3.S3Inventory.Versioning;

import java.util.Optional;

/**
 * One bucket's security settings, each read on its own so that one refused read only blinds the checks that
 * need it. An empty Optional means S3 answered that the setting is not configured (e.g. NoSuchBucketPolicy).
 *
 * @param region the bucket's region; when it could not be found, every other read carries that failure
 */
public record S3BucketSettings(String name, String arn, Fetched<String> region,
                               Fetched<Optional<EncryptionConfiguration>> encryption,
                               Fetched<Optional<PublicAccessBlock>> publicAccessBlock,
                               Fetched<Optional<String>> policy,
                               Fetched<Versioning> versioning,
                               Fetched<Logging> logging,
                               Fetched<Optional<OwnershipControls>> ownershipControls) {

    /** A bucket whose region is unknown: its settings cannot be read, for the same reason. */
    public static S3BucketSettings withoutRegion(String name, String arn, Fetched<String> region) {
        return new S3BucketSettings(name, arn, region, blocked(region), blocked(region), blocked(region),
                blocked(region), blocked(region), blocked(region));
    }

    /** The account and region a finding about this bucket belongs to (the run's target when unknown). */
    public Target targetIn(Target account) {
        return new Target(account.profile(), account.accountId(),
                region.isOk() ? region.value() : account.region());
    }

    private static <T> Fetched<T> blocked(Fetched<String> region) {
        return Fetched.failed(region.reason(), region.operation(), region.detail());
    }
}
