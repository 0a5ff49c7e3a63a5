package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2SecuritygroupAllowIngressFromInternetToDatabasePortsTest {

    private final Ec2SecuritygroupAllowIngressFromInternetToDatabasePorts check = new Ec2SecuritygroupAllowIngressFromInternetToDatabasePorts();

    @Test
    void namesTheDatabaseEnginesExposed() {
        List<Finding> f = check.evaluate(groups(
                group("sg-web", tcp(443, 443, "0.0.0.0/0"), tcp(3306, 3306, "10.0.0.0/8")),
                group("sg-db", tcp(5400, 6400, "0.0.0.0/0"))), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(f.get(1).observed()).containsEntry("exposedPorts", "5432 PostgreSQL, 6379 Redis");
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
