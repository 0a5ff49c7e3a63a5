package io.secpillar.evidence.aws.ec2;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.Vpc;

import java.util.List;
import java.util.Set;

/**
 * What EC2 says about one account in one region: network controls, VPC flow logs, EBS encryption, instance
 * metadata settings and the account's own snapshots. Each list holds every page of its Describe call.
 *
 * @param publicSnapshotIds the ids of the account's own snapshots that any AWS account may restore
 */
public record Ec2Inventory(Fetched<List<SecurityGroup>> securityGroups,
                           Fetched<List<NetworkAcl>> networkAcls,
                           Fetched<List<Vpc>> vpcs,
                           Fetched<List<FlowLog>> flowLogs,
                           Fetched<Boolean> ebsEncryptionByDefault,
                           Fetched<List<Volume>> volumes,
                           Fetched<List<Instance>> instances,
                           Fetched<List<Snapshot>> snapshots,
                           Fetched<Set<String>> publicSnapshotIds) {

    public static final String DESCRIBE_SECURITY_GROUPS = "ec2:DescribeSecurityGroups";
    public static final String DESCRIBE_NETWORK_ACLS = "ec2:DescribeNetworkAcls";
    public static final String DESCRIBE_VPCS = "ec2:DescribeVpcs";
    public static final String DESCRIBE_FLOW_LOGS = "ec2:DescribeFlowLogs";
    public static final String GET_EBS_ENCRYPTION_BY_DEFAULT = "ec2:GetEbsEncryptionByDefault";
    public static final String DESCRIBE_VOLUMES = "ec2:DescribeVolumes";
    public static final String DESCRIBE_INSTANCES = "ec2:DescribeInstances";
    public static final String DESCRIBE_SNAPSHOTS = "ec2:DescribeSnapshots";
}
