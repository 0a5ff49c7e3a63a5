package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.s3.S3Inventory.Versioning;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.s3.Buckets.*;
import static org.assertj.core.api.Assertions.assertThat;

class S3BucketObjectVersioningTest {

    @Test
    void onlyEnabledVersioningPasses() {
        List<Finding> findings = new S3BucketObjectVersioning().evaluate(inventory(
                bucket("on", "us-east-1").versioning(new Versioning("Enabled", null, "versioning on")),
                bucket("paused", "us-east-1").versioning(new Versioning("Suspended", "Disabled", "versioning paused")),
                bucket("never", "us-east-1").versioning(new Versioning(null, null, "versioning never")),
                bucket("unread", "us-east-1")), ACCOUNT);

        assertThat(findings).extracting(Finding::status)
                .containsExactly(Status.PASS, Status.FAIL, Status.FAIL, Status.COULD_NOT_ASSESS);
        assertThat(findings.get(1).observed()).containsEntry("Status", "Suspended");
        assertThat(findings.get(2).observed()).containsEntry("Status", "NeverEnabled").containsEntry("MFADelete", "Disabled");
        assertThat(findings.get(1).proof()).isEqualTo("versioning paused");
        assertThat(findings.get(3).reason()).contains("s3:GetBucketVersioning");
    }
}
