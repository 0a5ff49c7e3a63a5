package io.secpillar.evidence.aws.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.PrefixListEntry;
import software.amazon.awssdk.services.ec2.model.Snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.secpillar.evidence.inventory.ec2.Ec2Inventory.*;

/** Reads every page of the EC2 and VPC descriptions the checks need, once per account and region. */
public final class Ec2InventoryCollector implements InventoryCollector<Ec2Inventory> {

    /** The largest page most Describe calls accept; DescribeVolumes stops at 500. */
    static final int PAGE = 1000;
    static final int VOLUME_PAGE = 500;

    @Override
    public Class<Ec2Inventory> type() {
        return Ec2Inventory.class;
    }

    @Override
    public Ec2Inventory collect(AwsClients clients, Target target) {
        Ec2Client ec2 = clients.client(Ec2Client.class, target.region());
        var groups = AwsCalls.fetch(DESCRIBE_SECURITY_GROUPS, () -> ec2.describeSecurityGroupsPaginator(
                r -> r.maxResults(PAGE)).securityGroups().stream().map(Ec2Records::securityGroup).toList());
        return new Ec2Inventory(PartitionMetadata.of(Region.of(target.region())).id(),
                groups,
                AwsCalls.fetch(DESCRIBE_NETWORK_ACLS, () -> ec2.describeNetworkAclsPaginator(r -> r.maxResults(PAGE))
                        .networkAcls().stream().map(Ec2Records::networkAcl).toList()),
                AwsCalls.fetch(DESCRIBE_VPCS, () -> ec2.describeVpcsPaginator(r -> r.maxResults(PAGE))
                        .vpcs().stream().map(v -> new Vpc(v.vpcId(), v.isDefault(), v.toString())).toList()),
                AwsCalls.fetch(DESCRIBE_FLOW_LOGS, () -> ec2.describeFlowLogsPaginator(r -> r.maxResults(PAGE))
                        .flowLogs().stream().map(Ec2Records::flowLog).toList()),
                AwsCalls.fetch(GET_EBS_ENCRYPTION_BY_DEFAULT, () -> ec2.getEbsEncryptionByDefault(r -> { })
                        .ebsEncryptionByDefault()),
                AwsCalls.fetch(DESCRIBE_VOLUMES, () -> ec2.describeVolumesPaginator(r -> r.maxResults(VOLUME_PAGE))
                        .volumes().stream().map(Ec2Records::volume).toList()),
                AwsCalls.fetch(DESCRIBE_INSTANCES, () -> instances(ec2).stream().map(Ec2Records::instance).toList()),
                AwsCalls.fetch(DESCRIBE_SNAPSHOTS, () -> ec2.describeSnapshotsPaginator(r -> r.ownerIds("self")
                        .maxResults(PAGE)).snapshots().stream().filter(s -> owned(s, target))
                        .map(Ec2Records::snapshot).toList()),
                // Asking which of our snapshots "all" may restore lists the public ones in one paginated call,
                // instead of one DescribeSnapshotAttribute call per snapshot.
                AwsCalls.fetch(DESCRIBE_SNAPSHOTS, () -> ec2.describeSnapshotsPaginator(r -> r.ownerIds("self")
                        .restorableByUserIds("all").maxResults(PAGE)).snapshots().stream()
                        .filter(s -> owned(s, target)).map(Snapshot::snapshotId).collect(Collectors.toUnmodifiableSet())),
                prefixListEntries(ec2, groups));
    }

    /**
     * The entries of every prefix list an inbound rule names, one paginated call per list, so that a customer-managed
     * list holding 0.0.0.0/0 counts as the internet. Lists no rule names are not read.
     */
    private static Map<String, Fetched<List<String>>> prefixListEntries(Ec2Client ec2,
                                                                        Fetched<List<SecurityGroup>> groups) {
        if (!groups.isOk()) {
            return Map.of();
        }
        Set<String> ids = new TreeSet<>();
        groups.value().forEach(g -> g.inbound().forEach(p -> ids.addAll(p.prefixListIds())));
        Map<String, Fetched<List<String>>> entries = new LinkedHashMap<>();
        for (String id : ids) {
            entries.put(id, AwsCalls.fetch(GET_MANAGED_PREFIX_LIST_ENTRIES, () -> ec2.getManagedPrefixListEntriesPaginator(
                    r -> r.prefixListId(id).maxResults(100)).entries().stream().map(PrefixListEntry::cidr).toList()));
        }
        return entries;
    }

    /**
     * Whether the scanned account owns a snapshot. OwnerIds=self should return nothing else, but an endpoint that
     * ignores the filter (an emulator, a proxy) must not add other accounts' snapshots to the findings.
     */
    private static boolean owned(Snapshot snapshot, Target target) {
        return snapshot.ownerId() == null || snapshot.ownerId().equals(target.accountId());
    }

    private static List<Instance> instances(Ec2Client ec2) {
        return ec2.describeInstancesPaginator(r -> r.maxResults(PAGE)).reservations().stream()
                .flatMap(reservation -> reservation.instances().stream()).toList();
    }
}
