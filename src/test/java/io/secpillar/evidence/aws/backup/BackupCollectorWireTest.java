package io.secpillar.evidence.aws.backup;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.backup.BackupPlansExist;
import io.secpillar.evidence.inventory.backup.BackupInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.backup.BackupClient;

import static org.assertj.core.api.Assertions.assertThat;

/** AWS Backup over its REST-JSON wire format (GET /backup/plans/, GET /backup-vaults/, nextToken pages). */
class BackupCollectorWireTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private static String plan(String id, String name) {
        return "{\"BackupPlanArn\":\"arn:aws:backup:eu-west-1:111122223333:backup-plan:" + id + "\","
                + "\"BackupPlanId\":\"" + id + "\",\"BackupPlanName\":\"" + name + "\",\"CreationDate\":1.7101152E9,"
                + "\"VersionId\":\"ZDA1ZTA1NzYtODQ5NS00ZDQ0LWIwYzYtMDI1M2JkMmM2YzQz\","
                + "\"LastExecutionDate\":1.7723556E9}";
    }

    @Test
    void plansOverTwoPagesPass() {
        aws.rest("GET", "/backup/plans/", "{\"BackupPlansList\":[" + plan("8f81f553", "daily-35d")
                + "],\"NextToken\":\"plans-2\"}");
        aws.restPage("GET", "/backup/plans/", "nextToken", "plans-2", "{\"BackupPlansList\":["
                + plan("1a2b3c4d", "monthly-1y") + "]}");
        aws.rest("GET", "/backup-vaults/", "{\"BackupVaultList\":[{\"BackupVaultName\":\"Default\","
                + "\"BackupVaultArn\":\"arn:aws:backup:eu-west-1:111122223333:backup-vault:Default\","
                + "\"CreationDate\":1.7101152E9,\"EncryptionKeyArn\":\"arn:aws:kms:eu-west-1:111122223333:key/0a1b\","
                + "\"NumberOfRecoveryPoints\":42,\"Locked\":false}]}");

        BackupInventory inventory = new BackupCollector().collect(aws.clients(), EU);

        assertThat(inventory.plans().value()).hasSize(2);
        assertThat(inventory.plans().value().get(0).proof()).startsWith("BackupPlansListMember(");
        var finding = new BackupPlansExist().evaluate(inventory, EU).get(0);
        assertThat(finding.status()).isEqualTo(Status.PASS);
        assertThat(finding.reason()).contains("daily-35d", "monthly-1y");
        assertThat(finding.observed()).containsEntry("vaults", "1");
    }

    @Test
    void noPlanFailsAndARefusedVaultListDoesNotHideIt() {
        aws.rest("GET", "/backup/plans/", "{\"BackupPlansList\":[]}");
        aws.restError("GET", "/backup-vaults/", 403, "AccessDeniedException", "not authorized to perform: "
                + "backup:ListBackupVaults");

        var finding = new BackupPlansExist().evaluate(new BackupCollector().collect(aws.clients(), EU), EU).get(0);

        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.observed()).containsEntry("vaults", "unknown");
    }

    @Test
    void aRegionWithoutBackupIsNotApplicableAndNotAsked() {
        Region absent = Region.regions().stream().filter(r -> !r.isGlobalRegion())
                .filter(r -> !BackupClient.serviceMetadata().regions().contains(r)).findFirst().orElseThrow();
        Target there = new Target("audit", "111122223333", absent.id());

        var finding = new BackupPlansExist().evaluate(new BackupCollector().collect(aws.clients(), there), there)
                .get(0);

        assertThat(finding.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(aws.requests()).isEmpty();
    }
}
