package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.rds.RdsState.*;
import static org.assertj.core.api.Assertions.assertThat;

class RdsInstanceNoPublicAccessTest {

    private final RdsInstanceNoPublicAccess check = new RdsInstanceNoPublicAccess();

    @Test
    void eachInstanceIsJudgedOnItsFlag() {
        List<Finding> f = check.evaluate(instances(db("good").publiclyAccessible(false).build(), db("bad").publiclyAccessible(true).build(),
                db("unset").build()), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.PASS);
        assertThat(f.get(1).resourceId()).isEqualTo("arn:aws:rds:eu-west-1:111122223333:db:bad");
        assertThat(f.get(1).observed()).containsEntry("PubliclyAccessible", "true");
        assertThat(f.get(1).proof()).contains("DBInstanceIdentifier=bad");
    }

    @Test
    void refusedListCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(x.reason()).contains("rds:DescribeDBInstances");
        });
    }

    @Test
    void aRegionWithoutInstancesIsNotApplicable() {
        assertThat(check.evaluate(instances(), REGION)).singleElement()
                .extracting(Finding::status).isEqualTo(Status.NOT_APPLICABLE);
    }
}
