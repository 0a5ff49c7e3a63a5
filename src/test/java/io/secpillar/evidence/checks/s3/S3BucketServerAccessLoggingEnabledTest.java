package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.s3.S3Inventory.Logging;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.s3.Buckets.*;
import static org.assertj.core.api.Assertions.assertThat;

class S3BucketServerAccessLoggingEnabledTest {

    @Test
    void aLoggingTargetPasses() {
        List<Finding> findings = new S3BucketServerAccessLoggingEnabled().evaluate(inventory(
                bucket("logged", "eu-west-1").logging(new Logging("central-logs", "logged/", "logging on")),
                bucket("silent", "eu-west-1").logging(new Logging(null, null, "logging off")),
                bucket("unread", "eu-west-1")), ACCOUNT);

        assertThat(findings).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.COULD_NOT_ASSESS);
        assertThat(findings.get(0).observed()).containsEntry("TargetBucket", "central-logs")
                .containsEntry("TargetPrefix", "logged/");
        assertThat(findings.get(1).proof()).isEqualTo("logging off");
        assertThat(findings.get(1).observed()).containsEntry("LoggingEnabled", "false");
        assertThat(findings.get(2).reason()).contains("s3:GetBucketLogging");
    }
}
