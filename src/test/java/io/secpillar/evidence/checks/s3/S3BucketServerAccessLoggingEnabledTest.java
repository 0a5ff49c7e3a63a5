package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.GetBucketLoggingResponse;

import java.util.List;

import static io.secpillar.evidence.checks.s3.Buckets.*;
import static org.assertj.core.api.Assertions.assertThat;

class S3BucketServerAccessLoggingEnabledTest {

    @Test
    void aLoggingTargetPasses() {
        List<Finding> findings = new S3BucketServerAccessLoggingEnabled().evaluate(inventory(
                bucket("logged", "eu-west-1").logging(GetBucketLoggingResponse.builder()
                        .loggingEnabled(l -> l.targetBucket("central-logs").targetPrefix("logged/")).build()),
                bucket("silent", "eu-west-1").logging(GetBucketLoggingResponse.builder().build()),
                bucket("unread", "eu-west-1")), ACCOUNT);

        assertThat(findings).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.COULD_NOT_ASSESS);
        assertThat(findings.get(0).observed()).containsEntry("TargetBucket", "central-logs");
        assertThat(findings.get(1).observed()).containsEntry("LoggingEnabled", "false");
        assertThat(findings.get(2).reason()).contains("s3:GetBucketLogging");
    }
}
