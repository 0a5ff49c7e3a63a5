package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2SecuritygroupDefaultRestrictTrafficTest {

    private final Ec2SecuritygroupDefaultRestrictTraffic check = new Ec2SecuritygroupDefaultRestrictTraffic();

    @Test
    void onlyDefaultGroupsAreJudgedAndAnyRuleFails() {
        var emptyDefault = software.amazon.awssdk.services.ec2.model.SecurityGroup.builder().groupId("sg-d1")
                .groupName("default").vpcId("vpc-1").build();
        var usedDefault = emptyDefault.toBuilder().groupId("sg-d2").vpcId("vpc-2")
                .ipPermissionsEgress(allTraffic("0.0.0.0/0")).build();

        List<Finding> f = check.evaluate(groups(emptyDefault, group("sg-custom", tcp(22, 22, "0.0.0.0/0")), usedDefault),
                REGION);

        assertThat(f).extracting(Finding::resourceId, Finding::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("arn:aws:ec2:eu-west-1:111122223333:security-group/sg-d1", Status.PASS),
                org.assertj.core.groups.Tuple.tuple("arn:aws:ec2:eu-west-1:111122223333:security-group/sg-d2", Status.FAIL));
        assertThat(f.get(1).observed()).containsEntry("inboundRules", "0").containsEntry("outboundRules", "1");
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
