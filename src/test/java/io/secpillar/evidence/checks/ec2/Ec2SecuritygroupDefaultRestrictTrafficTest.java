package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.SecurityGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2SecuritygroupDefaultRestrictTrafficTest {

    private final Ec2SecuritygroupDefaultRestrictTraffic check = new Ec2SecuritygroupDefaultRestrictTraffic();

    @Test
    void onlyDefaultGroupsAreJudgedAndAnyRuleFails() {
        var emptyDefault = new SecurityGroup("sg-d1", "default", "vpc-1", null, List.of(), 0, "group sg-d1");
        var usedDefault = new SecurityGroup("sg-d2", "default", "vpc-2", null, List.of(), 1, "group sg-d2");

        List<Finding> f = check.evaluate(groups(emptyDefault, group("sg-custom", tcp(22, 22, "0.0.0.0/0")), usedDefault),
                REGION);

        assertThat(f).extracting(Finding::resourceId, Finding::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("arn:aws:ec2:eu-west-1:111122223333:security-group/sg-d1", Status.PASS),
                org.assertj.core.groups.Tuple.tuple("arn:aws:ec2:eu-west-1:111122223333:security-group/sg-d2", Status.FAIL));
        assertThat(f.get(1).observed()).containsEntry("inboundRules", "0").containsEntry("outboundRules", "1");
        assertThat(f.get(1).reason()).isEqualTo("The default security group sg-d2 of vpc-2 still has 0 inbound and 1 "
                + "outbound rules.");
        assertThat(f.get(1).proof()).isEqualTo("group sg-d2");
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
