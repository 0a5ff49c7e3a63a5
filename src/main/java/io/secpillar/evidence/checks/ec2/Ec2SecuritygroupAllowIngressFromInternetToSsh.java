package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;

import java.util.List;

/** No security group lets the whole internet reach SSH (TCP 22). */
public final class Ec2SecuritygroupAllowIngressFromInternetToSsh implements Check<Ec2Inventory> {

    static final int PORT = 22;

    static final CheckMetadata METADATA = new CheckMetadata("ec2_securitygroup_allow_ingress_from_internet_to_ssh",
            "Security groups do not open SSH (TCP 22) to the internet", "ec2", Scope.REGIONAL, Severity.HIGH,
            List.of(Ec2Inventory.DESCRIBE_SECURITY_GROUPS),
            "Remove the 0.0.0.0/0 and ::/0 sources from port 22. Reach instances through Session Manager, "
                    + "or allow only the address ranges of your bastion or VPN.");

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
        return InternetExposure.judge(METADATA.id(), inventory, target, "SSH (TCP 22)", rule -> rule.reachesTcp(PORT));
    }
}
