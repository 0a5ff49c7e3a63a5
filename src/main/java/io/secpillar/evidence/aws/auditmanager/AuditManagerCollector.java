package io.secpillar.evidence.aws.auditmanager;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.aws.TokenPages;
import io.secpillar.evidence.inventory.auditmanager.AuditManagerInventory;
import io.secpillar.evidence.inventory.auditmanager.AuditManagerInventory.Assessment;
import io.secpillar.evidence.inventory.auditmanager.AuditManagerInventory.ConformancePack;
import software.amazon.awssdk.services.auditmanager.AuditManagerClient;
import software.amazon.awssdk.services.auditmanager.model.AssessmentStatus;
import software.amazon.awssdk.services.config.ConfigClient;

import java.util.List;

import static io.secpillar.evidence.inventory.auditmanager.AuditManagerInventory.DESCRIBE_CONFORMANCE_PACKS;
import static io.secpillar.evidence.inventory.auditmanager.AuditManagerInventory.GET_ACCOUNT_STATUS;
import static io.secpillar.evidence.inventory.auditmanager.AuditManagerInventory.LIST_ASSESSMENTS;

/**
 * Asks Audit Manager whether it is set up and, only then, for its active assessments (a call to an account that
 * never set it up is refused like a missing permission); lists the conformance packs on every page.
 */
public final class AuditManagerCollector implements InventoryCollector<AuditManagerInventory> {

    @Override
    public Class<AuditManagerInventory> type() {
        return AuditManagerInventory.class;
    }

    @Override
    public AuditManagerInventory collect(AwsClients clients, Target target) {
        AuditManagerClient auditManager = clients.client(AuditManagerClient.class, target.region());
        ConfigClient config = clients.client(ConfigClient.class, target.region());
        Fetched<String> status = AwsCalls.fetch(GET_ACCOUNT_STATUS, () -> auditManager.getAccountStatus(r -> { })
                .statusAsString());
        Fetched<List<Assessment>> assessments = status.isOk() && !"ACTIVE".equals(status.value())
                ? Fetched.ok(List.of(), LIST_ASSESSMENTS)
                : AwsCalls.fetch(LIST_ASSESSMENTS, () -> auditManager.listAssessmentsPaginator(r -> r
                        .status(AssessmentStatus.ACTIVE)).stream().flatMap(page -> page.assessmentMetadata().stream())
                        .map(a -> new Assessment(a.id(), a.name(), a.complianceType(), a.toString())).toList());
        return new AuditManagerInventory(status, assessments, AwsCalls.fetch(DESCRIBE_CONFORMANCE_PACKS,
                () -> conformancePacks(config)));
    }

    private static List<ConformancePack> conformancePacks(ConfigClient config) {
        return TokenPages.all(token -> config.describeConformancePacks(r -> r.nextToken(token)), page -> page
                .conformancePackDetails().stream().map(p -> new ConformancePack(p.conformancePackName(),
                        p.conformancePackArn(), p.toString())).toList(), page -> page.nextToken());
    }
}
