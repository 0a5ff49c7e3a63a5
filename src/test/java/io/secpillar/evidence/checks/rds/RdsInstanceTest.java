package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static io.secpillar.evidence.checks.rds.RdsState.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The DB instance check, registered for storage encryption, public access and automatic minor upgrades. */
class RdsInstanceTest {

    @Test
    void eachRegistrationKeepsItsOwnId() {
        assertThat(InstanceSetting.ALL).extracting(s -> new RdsInstance(s).metadata().id())
                .containsExactly("rds_instance_storage_encrypted", "rds_instance_no_public_access",
                        "rds_instance_minor_version_upgrade_enabled");
    }

    @Test
    void storageEncryptedIsJudgedOnItsFlag() {
        List<Finding> f = new RdsInstance(InstanceSetting.STORAGE_ENCRYPTED).evaluate(instances(
                db("good", true, null, null), db("bad", false, null, null), db("unset", null, null, null)), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.FAIL);
        assertThat(f.get(1).resourceId()).isEqualTo("arn:aws:rds:eu-west-1:111122223333:db:bad");
        assertThat(f.get(1).observed()).containsEntry("StorageEncrypted", "false").containsEntry("engine", "postgres");
        assertThat(f.get(1).reason()).isEqualTo("DB instance bad does not encrypt its storage.");
        assertThat(f.get(1).proof()).isEqualTo("instance bad");
    }

    @Test
    void noPublicAccessPassesAnInstanceThatLeavesTheFlagOut() {
        List<Finding> f = new RdsInstance(InstanceSetting.NO_PUBLIC_ACCESS).evaluate(instances(
                db("good", null, false, null), db("bad", null, true, null), db("unset", null, null, null)), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.PASS);
        assertThat(f.get(1).observed()).containsEntry("PubliclyAccessible", "true");
        assertThat(f.get(2).observed()).containsEntry("PubliclyAccessible", "null");
        assertThat(f.get(0).reason()).isEqualTo("DB instance good is reachable only from inside its VPC.");
    }

    @Test
    void minorVersionUpgradeIsJudgedOnItsFlag() {
        List<Finding> f = new RdsInstance(InstanceSetting.MINOR_VERSION_UPGRADE_ENABLED).evaluate(instances(
                db("good", null, null, true), db("bad", null, null, false), db("unset", null, null, null)), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.FAIL);
        assertThat(f.get(1).observed()).containsEntry("AutoMinorVersionUpgrade", "false");
        assertThat(f.get(1).reason()).contains("applied by hand");
    }

    @ParameterizedTest
    @MethodSource("settings")
    void refusedListCouldNotBeAssessed(InstanceSetting setting) {
        assertThat(new RdsInstance(setting).evaluate(refused(), REGION)).singleElement().satisfies(x -> {
            assertThat(x.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(x.reason()).contains("rds:DescribeDBInstances");
        });
    }

    @ParameterizedTest
    @MethodSource("settings")
    void aRegionWithoutInstancesIsNotApplicable(InstanceSetting setting) {
        assertThat(new RdsInstance(setting).evaluate(instances(), REGION)).singleElement()
                .extracting(Finding::status).isEqualTo(Status.NOT_APPLICABLE);
    }

    static List<InstanceSetting> settings() {
        return InstanceSetting.ALL;
    }
}
