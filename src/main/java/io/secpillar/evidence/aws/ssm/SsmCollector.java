package io.secpillar.evidence.aws.ssm;

import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.aws.TokenPages;
import io.secpillar.evidence.inventory.ssm.SsmInventory;
import io.secpillar.evidence.inventory.ssm.SsmInventory.ManagedNode;
import io.secpillar.evidence.inventory.ssm.SsmInventory.OwnedDocument;
import io.secpillar.evidence.inventory.ssm.SsmInventory.PatchState;
import io.secpillar.evidence.inventory.ssm.SsmInventory.RunningInstance;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.ComplianceQueryOperatorType;
import software.amazon.awssdk.services.ssm.model.DocumentPermissionType;

import java.util.List;
import java.util.Optional;

import static io.secpillar.evidence.inventory.ssm.SsmInventory.DESCRIBE_DOCUMENT_PERMISSION;
import static io.secpillar.evidence.inventory.ssm.SsmInventory.DESCRIBE_INSTANCES;
import static io.secpillar.evidence.inventory.ssm.SsmInventory.DESCRIBE_INSTANCE_INFORMATION;
import static io.secpillar.evidence.inventory.ssm.SsmInventory.LIST_DOCUMENTS;
import static io.secpillar.evidence.inventory.ssm.SsmInventory.LIST_RESOURCE_COMPLIANCE_SUMMARIES;

/**
 * Each listing is read once with every page: the running instances (filtered by EC2), the managed nodes, the
 * patch compliance summaries (one list for all nodes), the documents the account owns. Only sharing is read per
 * document, and one document (the Session Manager preferences) is read by name.
 */
public final class SsmCollector implements InventoryCollector<SsmInventory> {

    @Override
    public Class<SsmInventory> type() {
        return SsmInventory.class;
    }

    @Override
    public SsmInventory collect(AwsClients clients, Target target) {
        Ec2Client ec2 = clients.client(Ec2Client.class, target.region());
        SsmClient ssm = clients.client(SsmClient.class, target.region());
        String arnPrefix = "arn:" + partition(target.region()) + ":ec2:" + target.region() + ":" + target.accountId()
                + ":instance/";
        return new SsmInventory(
                AwsCalls.fetch(DESCRIBE_INSTANCES, () -> ec2.describeInstancesPaginator(r -> r.filters(f -> f
                        .name("instance-state-name").values("running"))).reservations().stream()
                        .flatMap(r -> r.instances().stream()).map(i -> new RunningInstance(i.instanceId(),
                                arnPrefix + i.instanceId(), "Instance(InstanceId=" + i.instanceId() + ", State="
                                + i.state().nameAsString() + ", IamInstanceProfile=" + i.iamInstanceProfile() + ")"))
                        .toList()),
                AwsCalls.fetch(DESCRIBE_INSTANCE_INFORMATION, () -> ssm.describeInstanceInformationPaginator(r -> { })
                        .instanceInformationList().stream().map(n -> new ManagedNode(n.instanceId(),
                                n.pingStatusAsString(), n.toString())).toList()),
                AwsCalls.fetch(LIST_RESOURCE_COMPLIANCE_SUMMARIES, () -> ssm.listResourceComplianceSummariesPaginator(
                        r -> r.filters(f -> f.key("ComplianceType").values("Patch")
                                .type(ComplianceQueryOperatorType.EQUAL))).resourceComplianceSummaryItems().stream()
                        .map(c -> new PatchState(c.resourceId(), c.statusAsString(), c.overallSeverityAsString(),
                                c.toString())).toList()),
                AwsCalls.fetch(LIST_DOCUMENTS, () -> ssm.listDocumentsPaginator(r -> r.filters(f -> f.key("Owner")
                        .values("Self"))).documentIdentifiers().stream().map(d -> new OwnedDocument(d.name(),
                        d.documentTypeAsString(), AwsCalls.fetch(DESCRIBE_DOCUMENT_PERMISSION,
                        () -> sharedWith(ssm, d.name())))).toList()),
                AwsCalls.fetch(SsmInventory.GET_DOCUMENT, () -> SessionPreferencesDocument.read(ssm)));
    }

    /** Every account the document is shared with, over every page of DescribeDocumentPermission. */
    private static List<String> sharedWith(SsmClient ssm, String name) {
        return TokenPages.all(token -> ssm.describeDocumentPermission(r -> r.name(name)
                .permissionType(DocumentPermissionType.SHARE).nextToken(token)), p -> p.accountIds(),
                p -> p.nextToken());
    }

    private static String partition(String region) {
        RegionMetadata metadata = Region.of(region).metadata();
        return Optional.ofNullable(metadata).map(m -> m.partition().id()).orElse("aws");
    }
}
