package io.secpillar.evidence.aws.ec2;

import io.secpillar.evidence.inventory.ec2.Ec2Inventory;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;
import software.amazon.awssdk.services.ec2.model.Volume;

import java.util.Optional;

/** EC2's answers as the inventory's plain records; each keeps the SDK's printing of the answer as its proof. */
final class Ec2Records {

    private Ec2Records() {
    }

    static Ec2Inventory.SecurityGroup securityGroup(SecurityGroup g) {
        return new Ec2Inventory.SecurityGroup(g.groupId(), g.groupName(), g.vpcId(), g.securityGroupArn(),
                g.ipPermissions().stream().map(Ec2Records::permission).toList(), g.ipPermissionsEgress().size(),
                g.toString());
    }

    private static Ec2Inventory.IpPermission permission(IpPermission p) {
        return new Ec2Inventory.IpPermission(p.ipProtocol(), p.fromPort(), p.toPort(),
                p.ipRanges().stream().map(IpRange::cidrIp).toList(),
                p.ipv6Ranges().stream().map(Ipv6Range::cidrIpv6).toList(),
                p.userIdGroupPairs().stream().map(UserIdGroupPair::groupId).toList(),
                p.prefixListIds().stream().map(PrefixListId::prefixListId).toList());
    }

    static Ec2Inventory.NetworkAcl networkAcl(NetworkAcl acl) {
        return new Ec2Inventory.NetworkAcl(acl.networkAclId(), acl.vpcId(),
                acl.entries().stream().map(Ec2Records::entry).toList(), acl.toString());
    }

    private static Ec2Inventory.NetworkAclEntry entry(NetworkAclEntry e) {
        return new Ec2Inventory.NetworkAclEntry(e.ruleNumber(), Boolean.TRUE.equals(e.egress()), e.protocol(),
                e.ruleActionAsString(), e.cidrBlock(), e.ipv6CidrBlock(),
                e.portRange() == null ? null : e.portRange().from(), e.portRange() == null ? null : e.portRange().to());
    }

    static Ec2Inventory.FlowLog flowLog(FlowLog f) {
        return new Ec2Inventory.FlowLog(f.flowLogId(), f.resourceId(), f.flowLogStatus(), f.trafficTypeAsString(),
                f.logDestination(), f.toString());
    }

    static Ec2Inventory.Volume volume(Volume v) {
        return new Ec2Inventory.Volume(v.volumeId(), Boolean.TRUE.equals(v.encrypted()), v.stateAsString(),
                v.kmsKeyId(), v.toString());
    }

    static Ec2Inventory.Instance instance(Instance i) {
        var options = Optional.ofNullable(i.metadataOptions()).map(o -> new Ec2Inventory.MetadataOptions(
                o.httpTokensAsString(), o.httpEndpointAsString(), o.toString()));
        return new Ec2Inventory.Instance(i.instanceId(), i.state() == null ? null : i.state().nameAsString(), options);
    }

    static Ec2Inventory.Snapshot snapshot(Snapshot s) {
        return new Ec2Inventory.Snapshot(s.snapshotId(), s.volumeId(), Boolean.TRUE.equals(s.encrypted()),
                s.kmsKeyId(), s.toString());
    }
}
