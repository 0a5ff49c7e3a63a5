package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;

import java.util.List;

/** The EC2, VPC and EBS checks, listed explicitly. */
public final class Ec2Checks {

    private Ec2Checks() {
    }

    public static List<Check<?>> all() {
        return List.of(
                new Ec2SecuritygroupAllowIngressFromInternetToSsh(),
                new Ec2SecuritygroupAllowIngressFromInternetToRdp(),
                new Ec2SecuritygroupAllowIngressFromInternetToDatabasePorts(),
                new Ec2SecuritygroupAllowIngressFromInternetToAllPorts(),
                new Ec2SecuritygroupDefaultRestrictTraffic(),
                new Ec2NetworkaclAllowIngressSsh(),
                new Ec2NetworkaclAllowIngressRdp(),
                new VpcFlowLogsEnabled(),
                new Ec2EbsDefaultEncryption(),
                new Ec2EbsVolumeEncryption(),
                new Ec2EbsSnapshotsEncrypted(),
                new Ec2EbsPublicSnapshot(),
                new Ec2InstanceImdsv2Enabled());
    }
}
