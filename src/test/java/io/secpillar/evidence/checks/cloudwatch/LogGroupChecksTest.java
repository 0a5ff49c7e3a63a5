package io.secpillar.evidence.checks.cloudwatch;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.cloudwatch.LogGroupInventory;
import io.secpillar.evidence.inventory.cloudwatch.LogGroupInventory.LogGroup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LogGroupChecksTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final LogGroup GUARDED = new LogGroup("org-trail", "arn:aws:logs:eu-west-1:111122223333:log-group:org-trail:*",
            Optional.of("arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"), Optional.of(400),
            "LogGroup(logGroupName=org-trail)");
    static final LogGroup BARE = new LogGroup("/aws/lambda/app", "arn:aws:logs:eu-west-1:111122223333:log-group:/aws/lambda/app:*",
            Optional.empty(), Optional.empty(), "LogGroup(logGroupName=/aws/lambda/app)");

    private final CloudwatchLogGroupKmsEncryptionEnabled kms = new CloudwatchLogGroupKmsEncryptionEnabled();
    private final CloudwatchLogGroupRetentionPolicySet retention = new CloudwatchLogGroupRetentionPolicySet();

    static LogGroupInventory of(LogGroup... groups) {
        return new LogGroupInventory(Fetched.ok(List.of(groups), LogGroupInventory.DESCRIBE_LOG_GROUPS));
    }

    @Test
    void oneResultPerGroupPassingWithAKeyAndARetention() {
        assertThat(kms.evaluate(of(GUARDED, BARE), EU)).extracting(f -> f.status())
                .containsExactly(Status.PASS, Status.FAIL);
        assertThat(retention.evaluate(of(GUARDED, BARE), EU)).extracting(f -> f.status())
                .containsExactly(Status.PASS, Status.FAIL);
        assertThat(retention.evaluate(of(BARE), EU).get(0).observed()).containsEntry("retentionInDays", "never expire");
        assertThat(kms.evaluate(of(GUARDED), EU).get(0).reason()).contains("is encrypted with arn:aws:kms:");
    }

    @Test
    void notApplicableWithoutLogGroupsAndCouldNotAssessWhenRefused() {
        assertThat(kms.evaluate(of(), EU).get(0).status()).isEqualTo(Status.NOT_APPLICABLE);
        var refused = new LogGroupInventory(Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                LogGroupInventory.DESCRIBE_LOG_GROUPS, ""));
        assertThat(retention.evaluate(refused, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("logs:DescribeLogGroups");
        });
    }
}
