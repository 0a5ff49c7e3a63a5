package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.s3.S3Inventory.OwnershipControls;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.s3.Buckets.*;
import static org.assertj.core.api.Assertions.assertThat;

class S3BucketAclProhibitedTest {

    @Test
    void onlyBucketOwnerEnforcedPasses() {
        List<Finding> findings = new S3BucketAclProhibited().evaluate(inventory(
                bucket("enforced", "us-east-1").ownership(new OwnershipControls(List.of("BucketOwnerEnforced"),
                        "controls enforced")),
                bucket("writer", "us-east-1").ownership(new OwnershipControls(List.of("ObjectWriter"), "controls writer")),
                bucket("no-controls", "us-east-1").ownership(null),
                bucket("unread", "us-east-1")), ACCOUNT);

        assertThat(findings).extracting(Finding::status)
                .containsExactly(Status.PASS, Status.FAIL, Status.FAIL, Status.COULD_NOT_ASSESS);
        assertThat(findings.get(1).observed()).containsEntry("ObjectOwnership", "ObjectWriter");
        assertThat(findings.get(2).observed()).containsEntry("ObjectOwnership", "none");
        assertThat(findings.get(0).proof()).isEqualTo("controls enforced");
        assertThat(findings.get(2).proof()).isEqualTo("OwnershipControlsNotFoundError");
        assertThat(findings.get(1).reason()).isEqualTo("Bucket writer still honours ACLs (Object Ownership ObjectWriter).");
        assertThat(findings.get(3).reason()).contains("s3:GetBucketOwnershipControls");
    }
}
