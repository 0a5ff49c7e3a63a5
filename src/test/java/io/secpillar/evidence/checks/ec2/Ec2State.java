package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.FlowLog;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Instance;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.IpPermission;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.NetworkAcl;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.NetworkAclEntry;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.SecurityGroup;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Snapshot;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Volume;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Vpc;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** In-memory EC2 inventories for check tests: every read starts refused; a test fills in what it needs. */
final class Ec2State {

    static final Target REGION = new Target("audit", "111122223333", "eu-west-1");

    Fetched<List<SecurityGroup>> securityGroups = denied("ec2:DescribeSecurityGroups");
    Fetched<List<NetworkAcl>> networkAcls = denied("ec2:DescribeNetworkAcls");
    Fetched<List<Vpc>> vpcs = denied("ec2:DescribeVpcs");
    Fetched<List<FlowLog>> flowLogs = denied("ec2:DescribeFlowLogs");
    Fetched<Boolean> ebsDefault = denied("ec2:GetEbsEncryptionByDefault");
    Fetched<List<Volume>> volumes = denied("ec2:DescribeVolumes");
    Fetched<List<Instance>> instances = denied("ec2:DescribeInstances");
    Fetched<List<Snapshot>> snapshots = denied("ec2:DescribeSnapshots");
    Fetched<Set<String>> publicSnapshots = denied("ec2:DescribeSnapshots");
    Map<String, Fetched<List<String>>> prefixLists = Map.of();

    Ec2Inventory inventory() {
        return new Ec2Inventory("aws", securityGroups, networkAcls, vpcs, flowLogs, ebsDefault, volumes, instances,
                snapshots, publicSnapshots, prefixLists);
    }

    static Ec2Inventory refused() {
        return new Ec2State().inventory();
    }

    static Ec2Inventory groups(SecurityGroup... groups) {
        Ec2State s = new Ec2State();
        s.securityGroups = Fetched.ok(List.of(groups), "ec2:DescribeSecurityGroups");
        return s.inventory();
    }

    /** Security groups with the entries of the prefix lists they name (a failed read for an unreadable one). */
    static Ec2Inventory groups(Map<String, Fetched<List<String>>> prefixLists, SecurityGroup... groups) {
        Ec2State s = new Ec2State();
        s.securityGroups = Fetched.ok(List.of(groups), "ec2:DescribeSecurityGroups");
        s.prefixLists = prefixLists;
        return s.inventory();
    }

    static IpPermission tcpFromPrefixList(int from, int to, String prefixListId) {
        return new IpPermission("tcp", from, to, List.of(), List.of(), List.of(), List.of(prefixListId));
    }

    static IpPermission tcp(int from, int to, List<String> cidrs) {
        return new IpPermission("tcp", from, to, cidrs, List.of(), List.of(), List.of());
    }

    static Ec2Inventory acls(NetworkAcl... acls) {
        Ec2State s = new Ec2State();
        s.networkAcls = Fetched.ok(List.of(acls), "ec2:DescribeNetworkAcls");
        return s.inventory();
    }

    static SecurityGroup group(String id, IpPermission... inbound) {
        return new SecurityGroup(id, "g-" + id, "vpc-1", null, List.of(inbound), 0, "group " + id);
    }

    static IpPermission tcp(int from, int to, String cidr) {
        return cidr.contains(":") ? new IpPermission("tcp", from, to, List.of(), List.of(cidr), List.of(), List.of())
                : new IpPermission("tcp", from, to, List.of(cidr), List.of(), List.of(), List.of());
    }

    static IpPermission allTraffic(String cidr) {
        return new IpPermission("-1", null, null, List.of(cidr), List.of(), List.of(), List.of());
    }

    /** An inbound entry; ports null when it names no port range. */
    static NetworkAclEntry entry(int rule, String protocol, String action, String cidr, Integer from, Integer to) {
        return cidr.contains(":") ? new NetworkAclEntry(rule, false, protocol, action, null, cidr, from, to)
                : new NetworkAclEntry(rule, false, protocol, action, cidr, null, from, to);
    }

    static NetworkAcl acl(String id, NetworkAclEntry... entries) {
        return new NetworkAcl(id, "vpc-1", List.of(entries), "acl " + id);
    }

    static <T> Fetched<T> denied(String operation) {
        return Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, operation, "UnauthorizedOperation: not authorized");
    }
}
