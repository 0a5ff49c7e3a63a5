package io.secpillar.evidence.checks.backup;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.backup.BackupInventory.BackupPlan;
import io.secpillar.evidence.inventory.backup.BackupInventory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BackupPlansExistTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private static final Fetched<List<String>> ONE_VAULT = Fetched.ok(List.of("Default"), "backup:ListBackupVaults");
    private final BackupPlansExist check = new BackupPlansExist();

    @Test
    void passesWithAPlan() {
        var plan = new BackupPlan("arn:aws:backup:eu-west-1:111122223333:backup-plan:8f81f553", "daily-35d",
                "plan daily-35d");
        var finding = check.evaluate(new BackupInventory(true, Fetched.ok(List.of(plan), "backup:ListBackupPlans"),
                ONE_VAULT), EU).get(0);

        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.resourceId()).isEqualTo(plan.arn());
        assertThat(finding.reason()).contains("daily-35d");
        assertThat(finding.proof()).isEqualTo("ListBackupPlans: [plan daily-35d]");
    }

    @Test
    void failsWithoutPlan() {
        var finding = check.evaluate(new BackupInventory(true, Fetched.ok(List.of(), "backup:ListBackupPlans"),
                ONE_VAULT), EU).get(0);

        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.observed()).containsEntry("vaults", "1");
    }

    @Test
    void couldNotAssessWhenRefusedAndNotApplicableWhereBackupIsNotOffered() {
        var refused = new BackupInventory(true, Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                "backup:ListBackupPlans", ""), ONE_VAULT);
        assertThat(check.evaluate(refused, EU).get(0).reason()).contains("backup:ListBackupPlans");
        var absent = new BackupInventory(false, Fetched.failed(CouldNotAssessReason.ERROR, "backup:ListBackupPlans",
                ""), Fetched.failed(CouldNotAssessReason.ERROR, "backup:ListBackupVaults", ""));
        assertThat(check.evaluate(absent, EU).get(0).status()).isEqualTo(Status.NOT_APPLICABLE);
    }
}
