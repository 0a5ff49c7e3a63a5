package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;

import java.util.List;

/** No security group lets the whole internet in on every port (all traffic, or TCP/UDP 0-65535). */
public final class Ec2SecuritygroupAllowIngressFromInternetToAllPorts implements Check<Ec2Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("ec2_securitygroup_allow_ingress_from_internet_to_all_ports",
            "Security groups do not open every port to the internet", "ec2", Scope.REGIONAL, Severity.CRITICAL,
            List.of(Ec2Inventory.DESCRIBE_SECURITY_GROUPS),
            "Replace the all-traffic rule with rules for the few ports the workload serves, and put public "
                    + "endpoints behind a load balancer so instances need no internet-facing rule at all.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<Ec2Inventory> inventoryType() {
        return Ec2Inventory.class;
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        return InternetExposure.judge(METADATA.id(), inventory, target, "every port", OpenRule::allPorts);
    }
}
