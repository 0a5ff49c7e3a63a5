package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;

import java.util.List;

/** The EC2, VPC and EBS checks, listed explicitly. */
public final class Ec2Checks {

    private Ec2Checks() {
    }

    public static List<Check<?>> all() {
        return List.of(
                new Ec2SecuritygroupAllowIngressFromInternetTo(InternetExposure.SSH),
                new Ec2SecuritygroupAllowIngressFromInternetTo(InternetExposure.RDP),
                new Ec2SecuritygroupAllowIngressFromInternetTo(InternetExposure.DATABASE_PORTS),
                new Ec2SecuritygroupAllowIngressFromInternetTo(InternetExposure.ALL_PORTS),
                new Ec2SecuritygroupDefaultRestrictTraffic(),
                new Ec2NetworkaclAllowIngress("SSH", 22),
                new Ec2NetworkaclAllowIngress("RDP", 3389),
                new VpcFlowLogsEnabled(),
                new Ec2EbsDefaultEncryption(),
                new Ec2EbsVolumeEncryption(),
                new Ec2EbsSnapshotsEncrypted(),
                new Ec2EbsPublicSnapshot(),
                new Ec2InstanceImdsv2Enabled());
    }
}
