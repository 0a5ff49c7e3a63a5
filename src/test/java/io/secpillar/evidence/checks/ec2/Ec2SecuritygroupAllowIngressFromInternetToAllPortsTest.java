package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2SecuritygroupAllowIngressFromInternetToAllPortsTest {

    private final Ec2SecuritygroupAllowIngressFromInternetToAllPorts check = new Ec2SecuritygroupAllowIngressFromInternetToAllPorts();

    @Test
    void onlyAllTrafficOrTheFullPortRangeFails() {
        List<Finding> f = check.evaluate(groups(
                group("sg-range", tcp(1000, 4000, "0.0.0.0/0")), group("sg-full", tcp(0, 65535, "0.0.0.0/0")),
                group("sg-all", allTraffic("0.0.0.0/0")), group("sg-inside", allTraffic("10.0.0.0/8"))), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.FAIL, Status.PASS);
        assertThat(f.get(1).observed()).containsEntry("openRules", "tcp all ports from 0.0.0.0/0");
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
