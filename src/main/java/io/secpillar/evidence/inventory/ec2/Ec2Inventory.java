package io.secpillar.evidence.inventory.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What EC2 says about one account in one region: network controls, VPC flow logs, EBS encryption, instance
 * metadata settings and the account's own snapshots. Each list holds every page of its Describe call. Each
 * resource's {@code proof} is its description as AWS gave it.
 *
 * @param partition         the AWS partition of the region (aws, aws-cn, aws-us-gov …), for the ARNs findings name
 * @param publicSnapshotIds the ids of the account's own snapshots that any AWS account may restore
 * @param prefixListEntries the CIDR entries of each managed prefix list an inbound security group rule names, by
 *                          prefix list id (a list missing from the map, or whose read failed, is not known)
 */
public record Ec2Inventory(String partition,
                           Fetched<List<SecurityGroup>> securityGroups,
                           Fetched<List<NetworkAcl>> networkAcls,
                           Fetched<List<Vpc>> vpcs,
                           Fetched<List<FlowLog>> flowLogs,
                           Fetched<Boolean> ebsEncryptionByDefault,
                           Fetched<List<Volume>> volumes,
                           Fetched<List<Instance>> instances,
                           Fetched<List<Snapshot>> snapshots,
                           Fetched<Set<String>> publicSnapshotIds,
                           Map<String, Fetched<List<String>>> prefixListEntries) {

    public static final String DESCRIBE_SECURITY_GROUPS = "ec2:DescribeSecurityGroups";
    public static final String DESCRIBE_NETWORK_ACLS = "ec2:DescribeNetworkAcls";
    public static final String DESCRIBE_VPCS = "ec2:DescribeVpcs";
    public static final String DESCRIBE_FLOW_LOGS = "ec2:DescribeFlowLogs";
    public static final String GET_EBS_ENCRYPTION_BY_DEFAULT = "ec2:GetEbsEncryptionByDefault";
    public static final String DESCRIBE_VOLUMES = "ec2:DescribeVolumes";
    public static final String DESCRIBE_INSTANCES = "ec2:DescribeInstances";
    public static final String DESCRIBE_SNAPSHOTS = "ec2:DescribeSnapshots";
    public static final String GET_MANAGED_PREFIX_LIST_ENTRIES = "ec2:GetManagedPrefixListEntries";

    public Ec2Inventory {
        prefixListEntries = Map.copyOf(prefixListEntries);
    }

    /** An inventory without prefix list entries: every prefix list a rule names is then unknown. */
    public Ec2Inventory(String partition, Fetched<List<SecurityGroup>> securityGroups,
                        Fetched<List<NetworkAcl>> networkAcls, Fetched<List<Vpc>> vpcs, Fetched<List<FlowLog>> flowLogs,
                        Fetched<Boolean> ebsEncryptionByDefault, Fetched<List<Volume>> volumes,
                        Fetched<List<Instance>> instances, Fetched<List<Snapshot>> snapshots,
                        Fetched<Set<String>> publicSnapshotIds) {
        this(partition, securityGroups, networkAcls, vpcs, flowLogs, ebsEncryptionByDefault, volumes, instances,
                snapshots, publicSnapshotIds, Map.of());
    }

    /** An EC2 ARN, e.g. arn:aws:ec2:eu-west-1:111122223333:volume/vol-1; snapshots carry no account. */
    public String arn(Target target, String resource) {
        String account = resource.startsWith("snapshot/") ? "" : target.accountId();
        return "arn:" + partition + ":ec2:" + target.region() + ":" + account + ":" + resource;
    }

    /**
     * A security group with its inbound rules; {@code arn} is null where EC2 did not give one.
     *
     * @param outboundRules how many outbound rules it has
     */
    public record SecurityGroup(String id, String name, String vpcId, String arn, List<IpPermission> inbound,
                                int outboundRules, String proof) {
    }

    /**
     * One rule of a security group: protocol "-1" (all), a name (tcp) or a number (6); ports null when the rule
     * covers every port; the sources it admits (CIDR ranges, other security groups, prefix lists).
     */
    public record IpPermission(String protocol, Integer fromPort, Integer toPort, List<String> ipv4Ranges,
                               List<String> ipv6Ranges, List<String> sourceGroupIds, List<String> prefixListIds) {
    }

    /** A network ACL and its entries. */
    public record NetworkAcl(String id, String vpcId, List<NetworkAclEntry> entries, String proof) {
    }

    /**
     * One entry of a network ACL: rule number, direction, protocol ("-1" or a number), "allow" or "deny", the
     * IPv4 or IPv6 range it matches, and its port range (null ports when it names none).
     */
    public record NetworkAclEntry(Integer ruleNumber, boolean egress, String protocol, String ruleAction,
                                  String ipv4Cidr, String ipv6Cidr, Integer fromPort, Integer toPort) {
    }

    /** A VPC; {@code isDefault} is as EC2 gave it (null when left out). */
    public record Vpc(String id, Boolean isDefault, String proof) {
    }

    /** A flow log of a VPC, subnet or network interface ({@code resourceId}); status ACTIVE or otherwise. */
    public record FlowLog(String id, String resourceId, String status, String trafficType, String destination,
                          String proof) {
    }

    /** An EBS volume. */
    public record Volume(String id, boolean encrypted, String state, String kmsKeyId, String proof) {
    }

    /** An instance with its state name (running, terminated …) and metadata options, when EC2 gave them. */
    public record Instance(String id, String state, Optional<MetadataOptions> metadataOptions) {
    }

    /** An instance's metadata options: HttpTokens required or optional, HttpEndpoint enabled or disabled. */
    public record MetadataOptions(String httpTokens, String httpEndpoint, String proof) {
    }

    /** An EBS snapshot the account owns. */
    public record Snapshot(String id, String volumeId, boolean encrypted, String kmsKeyId, String proof) {
    }
}
