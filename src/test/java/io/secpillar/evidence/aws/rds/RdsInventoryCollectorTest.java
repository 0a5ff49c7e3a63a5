package io.secpillar.evidence.aws.rds;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.evidence.Check;
import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.TestAwsClients;
import io.secpillar.evidence.checks.CheckCatalogSlices;
import io.secpillar.evidence.inventory.rds.RdsInventory;
import io.secpillar.evidence.inventory.rds.RdsInventory.DbInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.secpillar.evidence.aws.wire.AwsWire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The RDS collector with the real SDK against a local server speaking RDS's query protocol with XML answers. */
class RdsInventoryCollectorTest {

    private static final String NS = "http://rds.amazonaws.com/doc/2014-10-31/";

    @RegisterExtension
    static WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final Target TARGET = new Target("audit", "111122223333", "eu-west-1");

    @Test
    void readsEveryPageOfInstancesAndEachManualSnapshotsRestoreAttribute() {
        stubMixedRegion();

        RdsInventory inventory = new RdsInventoryCollector().collect(new TestAwsClients(aws.baseUrl()), TARGET);

        assertThat(inventory.instances().value()).extracting(DbInstance::arn, DbInstance::storageEncrypted,
                        DbInstance::publiclyAccessible, DbInstance::autoMinorVersionUpgrade)
                .containsExactly(tuple("arn:aws:rds:eu-west-1:111122223333:db:orders-prod", true, false, true),
                        tuple("arn:aws:rds:eu-west-1:111122223333:db:reporting-legacy", false, true, false));
        assertThat(inventory.instances().value().get(0).proof()).startsWith("DBInstance(")
                .contains("DBInstanceIdentifier=orders-prod");
        assertThat(inventory.manualSnapshots().value().get(1).proof())
                .startsWith("RdsSnapshot[snapshot=DBSnapshot(").contains("restorableBy=Fetched[value=[all]");
        assertThat(inventory.manualSnapshots().value()).extracting(s -> s.identifier(),
                        s -> s.restorableBy().value())
                .containsExactly(tuple("orders-before-migration", java.util.List.of("444455556666")),
                        tuple("reporting-demo-copy", java.util.List.of("all")));
        aws.verify(2, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeDBInstances"))
                .withRequestBody(containing("Version=2014-10-31")).withRequestBody(containing("MaxRecords=100")));
    }

    @Test
    void aRefusedAttributeReadBlindsOnlyThatSnapshot() {
        aws.stubFor(action("DescribeDBInstances").willReturn(queryError(NS, 403, "AccessDenied",
                "User: arn:aws:iam::111122223333:user/auditor is not authorized to perform: rds:DescribeDBInstances")));
        aws.stubFor(action("DescribeDBSnapshots").willReturn(xml(getClass(), "describe-db-snapshots.xml")));
        aws.stubFor(action("DescribeDBSnapshotAttributes")
                .withRequestBody(containing("DBSnapshotIdentifier=orders-before-migration"))
                .willReturn(xml(getClass(), "describe-db-snapshot-attributes-shared.xml")));
        aws.stubFor(action("DescribeDBSnapshotAttributes")
                .withRequestBody(containing("DBSnapshotIdentifier=reporting-demo-copy"))
                .willReturn(queryError(NS, 403, "AccessDenied", "not authorized to perform: rds:DescribeDBSnapshotAttributes")));

        RdsInventory inventory = new RdsInventoryCollector().collect(new TestAwsClients(aws.baseUrl()), TARGET);

        assertThat(inventory.instances().reason()).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        assertThat(inventory.instances().explanation()).contains("rds:DescribeDBInstances");
        var snapshots = inventory.manualSnapshots().value();
        assertThat(snapshots.get(0).restorableBy().value()).containsExactly("444455556666");
        assertThat(snapshots.get(1).restorableBy().reason()).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        assertThat(snapshots.get(1).restorableBy().operation()).isEqualTo("rds:DescribeDBSnapshotAttributes");
    }

    @Test
    void aRegionThatIsNotEnabledIsReportedAsSuch() {
        aws.stubFor(post(urlPathEqualTo("/")).willReturn(queryError(NS, 403, "InvalidClientTokenId",
                "The security token included in the request is invalid.")));

        RdsInventory inventory = new RdsInventoryCollector().collect(new TestAwsClients(aws.baseUrl()),
                new Target("audit", "111122223333", "me-south-1"));

        assertThat(inventory.instances().reason()).isEqualTo(CouldNotAssessReason.REGION_NOT_OPTED_IN);
        assertThat(inventory.manualSnapshots().reason()).isEqualTo(CouldNotAssessReason.REGION_NOT_OPTED_IN);
    }
    @Test
    void theChecksJudgeTheMixedRegionResourceByResource() {
        stubMixedRegion();
        RdsInventory inventory = new RdsInventoryCollector().collect(new TestAwsClients(aws.baseUrl()), TARGET);

        Map<String, Status> verdicts = new TreeMap<>();
        for (Check<?> check : CheckCatalogSlices.of("rds")) {
            for (Finding f : evaluate(check, inventory, TARGET)) {
                verdicts.put(f.checkId() + " " + f.resourceId(), f.status());
            }
        }

        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "rds_instance_storage_encrypted arn:aws:rds:eu-west-1:111122223333:db:orders-prod", Status.PASS,
                "rds_instance_storage_encrypted arn:aws:rds:eu-west-1:111122223333:db:reporting-legacy", Status.FAIL,
                "rds_instance_no_public_access arn:aws:rds:eu-west-1:111122223333:db:orders-prod", Status.PASS,
                "rds_instance_no_public_access arn:aws:rds:eu-west-1:111122223333:db:reporting-legacy", Status.FAIL,
                "rds_instance_minor_version_upgrade_enabled arn:aws:rds:eu-west-1:111122223333:db:orders-prod", Status.PASS,
                "rds_instance_minor_version_upgrade_enabled arn:aws:rds:eu-west-1:111122223333:db:reporting-legacy", Status.FAIL,
                "rds_snapshots_public_access arn:aws:rds:eu-west-1:111122223333:snapshot:orders-before-migration", Status.PASS,
                "rds_snapshots_public_access arn:aws:rds:eu-west-1:111122223333:snapshot:reporting-demo-copy", Status.FAIL));
    }

    private static <I> List<Finding> evaluate(Check<I> check, Object inventory, Target target) {
        return check.evaluate(check.inventoryType().cast(inventory), target);
    }

    /** Two DB instances over two pages (one sound, one legacy), a shared and a public manual snapshot. */
    private static void stubMixedRegion() {
        aws.stubFor(action("DescribeDBInstances").withRequestBody(notContaining("Marker"))
                .willReturn(xml(RdsInventoryCollectorTest.class, "describe-db-instances-page1.xml")));
        aws.stubFor(action("DescribeDBInstances").withRequestBody(containing("Marker=orders-prod"))
                .willReturn(xml(RdsInventoryCollectorTest.class, "describe-db-instances-page2.xml")));
        aws.stubFor(action("DescribeDBSnapshots").withRequestBody(containing("SnapshotType=manual"))
                .willReturn(xml(RdsInventoryCollectorTest.class, "describe-db-snapshots.xml")));
        aws.stubFor(action("DescribeDBSnapshotAttributes")
                .withRequestBody(containing("DBSnapshotIdentifier=orders-before-migration"))
                .willReturn(xml(RdsInventoryCollectorTest.class, "describe-db-snapshot-attributes-shared.xml")));
        aws.stubFor(action("DescribeDBSnapshotAttributes")
                .withRequestBody(containing("DBSnapshotIdentifier=reporting-demo-copy"))
                .willReturn(xml(RdsInventoryCollectorTest.class, "describe-db-snapshot-attributes-public.xml")));

    }
}
