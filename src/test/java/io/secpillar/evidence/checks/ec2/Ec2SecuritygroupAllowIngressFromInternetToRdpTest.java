package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2SecuritygroupAllowIngressFromInternetToRdpTest {

    private final Ec2SecuritygroupAllowIngressFromInternetToRdp check = new Ec2SecuritygroupAllowIngressFromInternetToRdp();

    @Test
    void aRangeCoveringRdpFails() {
        List<Finding> f = check.evaluate(groups(
                group("sg-ssh", tcp(22, 22, "0.0.0.0/0")), group("sg-range", tcp(1000, 4000, "0.0.0.0/0"))), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(f.get(1).reason()).contains("sg-range").contains("RDP");
        assertThat(f.get(1).observed()).containsEntry("openRules", "tcp ports 1000-4000 from 0.0.0.0/0");
    }

    @Test
    void refusedListCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("ec2:DescribeSecurityGroups");
            assertThat(f.region()).isEqualTo("eu-west-1");
        });
    }
}
