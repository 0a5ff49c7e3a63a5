package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Instance;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.MetadataOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2InstanceImdsv2EnabledTest {

    private final Ec2InstanceImdsv2Enabled check = new Ec2InstanceImdsv2Enabled();

    @Test
    void requiredTokensOrNoEndpointPassTerminatedInstancesAreSkipped() {
        Ec2State s = new Ec2State();
        s.instances = Fetched.ok(List.of(
                instance("i-1", "running", "required", "enabled"),
                instance("i-2", "stopped", "optional", "enabled"),
                instance("i-3", "running", "optional", "disabled"),
                instance("i-4", "terminated", "optional", "enabled")), "ec2:DescribeInstances");

        List<Finding> f = check.evaluate(s.inventory(), REGION);

        assertThat(f).extracting(Finding::resourceId).containsExactly(
                "arn:aws:ec2:eu-west-1:111122223333:instance/i-1", "arn:aws:ec2:eu-west-1:111122223333:instance/i-2",
                "arn:aws:ec2:eu-west-1:111122223333:instance/i-3");
        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.PASS);
        assertThat(f.get(1).observed()).containsEntry("HttpTokens", "optional");
        assertThat(f.get(1).proof()).isEqualTo("Instance i-2 options optional/enabled");
    }

    @Test
    void onlyTerminatedInstancesIsNotApplicable() {
        Ec2State s = new Ec2State();
        s.instances = Fetched.ok(List.of(instance("i-4", "terminated", "optional", "enabled")), "ec2:DescribeInstances");
        assertThat(check.evaluate(s.inventory(), REGION)).singleElement()
                .extracting(Finding::status).isEqualTo(Status.NOT_APPLICABLE);
    }

    private static Instance instance(String id, String state, String tokens, String endpoint) {
        return new Instance(id, state, Optional.of(new MetadataOptions(tokens, endpoint,
                "options " + tokens + "/" + endpoint)));
    }

    @Test
    void refusedReadCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("ec2:DescribeInstances");
        });
    }
}
