package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.s3.S3BucketSettings;
import io.secpillar.evidence.inventory.s3.S3Inventory;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every bucket keeps object versions, so an overwrite or delete (by mistake or by an attacker) can be undone. */
public final class S3BucketObjectVersioning extends InventoryCheck<S3Inventory> {

    public S3BucketObjectVersioning() {
        super(global("s3_bucket_object_versioning", "S3 buckets keep object versions", "s3", Severity.MEDIUM,
                S3Inventory.bucketReads(S3Inventory.GET_BUCKET_VERSIONING), "Enable versioning on the bucket "
                + "(PutBucketVersioning Status=Enabled) and add a lifecycle rule that expires noncurrent versions "
                + "after a period you can afford to store."));
    }

    @Override
    public List<Finding> evaluate(S3Inventory inventory, Target target) {
        return BucketFindings.perBucket(id(), inventory, target, S3BucketSettings::versioning, versioning -> {
            // A bucket that never had versioning answers with no Status at all.
            String status = Objects.requireNonNullElse(versioning.status(), "NeverEnabled");
            boolean on = "Enabled".equals(versioning.status());
            return passIf(on, on ? "keeps object versions." : "does not keep object versions (versioning "
                    + status + ").", Map.of("Status", status, "MFADelete", Objects.requireNonNullElse(
                    versioning.mfaDelete(), "Disabled")), versioning.proof());
        });
    }
}
