package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2SecuritygroupAllowIngressFromInternetToSshTest {

    private final Ec2SecuritygroupAllowIngressFromInternetToSsh check = new Ec2SecuritygroupAllowIngressFromInternetToSsh();

    @Test
    void sshOpenToAnyIpv4OrIpv6AddressFails() {
        List<Finding> f = check.evaluate(groups(
                group("sg-ok", tcp(22, 22, "203.0.113.0/24"), tcp(443, 443, "0.0.0.0/0")),
                group("sg-v6", tcp(22, 22, "::/0")),
                group("sg-all", allTraffic("0.0.0.0/0"))), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.FAIL);
        assertThat(f.get(0).resourceId()).isEqualTo("arn:aws:ec2:eu-west-1:111122223333:security-group/sg-ok");
        assertThat(f.get(1).observed()).containsEntry("openRules", "tcp port 22 from ::/0");
        assertThat(f.get(2).observed()).containsEntry("openRules", "all traffic from 0.0.0.0/0");
        assertThat(f.get(2).proof()).contains("GroupId=sg-all");
    }

    @Test
    void aRegionWithoutSecurityGroupsIsNotApplicable() {
        assertThat(check.evaluate(groups(), REGION)).singleElement()
                .extracting(Finding::status).isEqualTo(Status.NOT_APPLICABLE);
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
