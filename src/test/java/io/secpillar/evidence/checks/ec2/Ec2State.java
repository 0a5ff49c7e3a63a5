package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.Vpc;

import java.util.List;
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

    Ec2Inventory inventory() {
        return new Ec2Inventory(securityGroups, networkAcls, vpcs, flowLogs, ebsDefault, volumes, instances,
                snapshots, publicSnapshots);
    }

    static Ec2Inventory refused() {
        return new Ec2State().inventory();
    }

    static Ec2Inventory groups(SecurityGroup... groups) {
        Ec2State s = new Ec2State();
        s.securityGroups = Fetched.ok(List.of(groups), "ec2:DescribeSecurityGroups");
        return s.inventory();
    }

    static Ec2Inventory acls(NetworkAcl... acls) {
        Ec2State s = new Ec2State();
        s.networkAcls = Fetched.ok(List.of(acls), "ec2:DescribeNetworkAcls");
        return s.inventory();
    }

    static SecurityGroup group(String id, IpPermission... inbound) {
        return SecurityGroup.builder().groupId(id).groupName("g-" + id).vpcId("vpc-1").ipPermissions(inbound).build();
    }

    static IpPermission tcp(int from, int to, String cidr) {
        IpPermission.Builder p = IpPermission.builder().ipProtocol("tcp").fromPort(from).toPort(to);
        return cidr.contains(":") ? p.ipv6Ranges(r -> r.cidrIpv6(cidr)).build() : p.ipRanges(r -> r.cidrIp(cidr)).build();
    }

    static IpPermission allTraffic(String cidr) {
        return IpPermission.builder().ipProtocol("-1").ipRanges(r -> r.cidrIp(cidr)).build();
    }

    static <T> Fetched<T> denied(String operation) {
        return Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, operation, "UnauthorizedOperation: not authorized");
    }
}
