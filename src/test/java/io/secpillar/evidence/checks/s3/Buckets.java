package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.s3.S3BucketSettings;
import io.secpillar.evidence.inventory.s3.S3Inventory.EncryptionConfiguration;
import io.secpillar.evidence.inventory.s3.S3Inventory.Logging;
import io.secpillar.evidence.inventory.s3.S3Inventory.OwnershipControls;
import io.secpillar.evidence.inventory.s3.S3Inventory.PublicAccessBlock;
import io.secpillar.evidence.inventory.s3.S3Inventory.Versioning;
import io.secpillar.evidence.inventory.s3.S3Inventory;

import java.util.List;
import java.util.Optional;

/** In-memory S3 inventories for check tests: a bucket starts with every setting refused and gets what a test sets. */
final class Buckets {

    static final Target ACCOUNT = new Target("audit", "111122223333", "us-east-1").global();

    private String name;
    private Fetched<String> region;
    private Fetched<Optional<EncryptionConfiguration>> encryption = denied("s3:GetEncryptionConfiguration");
    private Fetched<Optional<PublicAccessBlock>> publicAccessBlock = denied("s3:GetBucketPublicAccessBlock");
    private Fetched<Optional<String>> policy = denied("s3:GetBucketPolicy");
    private Fetched<Versioning> versioning = denied("s3:GetBucketVersioning");
    private Fetched<Logging> logging = denied("s3:GetBucketLogging");
    private Fetched<Optional<OwnershipControls>> ownership = denied("s3:GetBucketOwnershipControls");

    static Buckets bucket(String name, String region) {
        Buckets b = new Buckets();
        b.name = name;
        b.region = Fetched.ok(region, "s3:GetBucketLocation");
        return b;
    }

    Buckets encryption(EncryptionConfiguration c) {
        encryption = Fetched.ok(Optional.ofNullable(c), "s3:GetEncryptionConfiguration");
        return this;
    }

    Buckets publicAccessBlock(PublicAccessBlock c) {
        publicAccessBlock = Fetched.ok(Optional.ofNullable(c), "s3:GetBucketPublicAccessBlock");
        return this;
    }

    Buckets policy(String json) {
        policy = Fetched.ok(Optional.ofNullable(json), "s3:GetBucketPolicy");
        return this;
    }

    Buckets versioning(Versioning v) {
        versioning = Fetched.ok(v, "s3:GetBucketVersioning");
        return this;
    }

    Buckets logging(Logging l) {
        logging = Fetched.ok(l, "s3:GetBucketLogging");
        return this;
    }

    Buckets ownership(OwnershipControls c) {
        ownership = Fetched.ok(Optional.ofNullable(c), "s3:GetBucketOwnershipControls");
        return this;
    }

    S3BucketSettings build() {
        return new S3BucketSettings(name, "arn:aws:s3:::" + name, region, encryption, publicAccessBlock, policy,
                versioning, logging, ownership);
    }

    static S3Inventory inventory(Fetched<Optional<PublicAccessBlock>> account, Buckets... buckets) {
        return new S3Inventory(Fetched.ok(java.util.Arrays.stream(buckets).map(Buckets::build).toList(),
                "s3:ListAllMyBuckets"), account);
    }

    static S3Inventory inventory(Buckets... buckets) {
        return inventory(noAccountBlock(), buckets);
    }

    static Fetched<Optional<PublicAccessBlock>> noAccountBlock() {
        return Fetched.ok(Optional.empty(), "s3:GetAccountPublicAccessBlock");
    }

    static S3Inventory unlisted() {
        return new S3Inventory(denied("s3:ListAllMyBuckets"), noAccountBlock());
    }

    static S3Inventory empty() {
        return new S3Inventory(Fetched.ok(List.of(), "s3:ListAllMyBuckets"), noAccountBlock());
    }

    /** A public access block with the four switches as given. */
    static PublicAccessBlock block(boolean acls, boolean ignore, boolean policy, boolean restrict) {
        return new PublicAccessBlock(acls, ignore, policy, restrict, "block " + acls + "/" + ignore + "/" + policy
                + "/" + restrict);
    }

    static <T> Fetched<T> denied(String operation) {
        return Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, operation, "AccessDenied: Access Denied");
    }
}
