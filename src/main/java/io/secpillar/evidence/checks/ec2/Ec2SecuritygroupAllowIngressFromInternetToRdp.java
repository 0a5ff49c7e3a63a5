package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;

import java.util.List;

/** No security group lets the whole internet reach RDP (TCP 3389). */
public final class Ec2SecuritygroupAllowIngressFromInternetToRdp implements Check<Ec2Inventory> {

    static final int PORT = 3389;

    static final CheckMetadata METADATA = new CheckMetadata("ec2_securitygroup_allow_ingress_from_internet_to_rdp",
            "Security groups do not open RDP (TCP 3389) to the internet", "ec2", Scope.REGIONAL, Severity.HIGH,
            List.of(Ec2Inventory.DESCRIBE_SECURITY_GROUPS),
            "Remove the 0.0.0.0/0 and ::/0 sources from port 3389. Use Fleet Manager or Session Manager port "
                    + "forwarding, or allow only the address ranges of your VPN.");

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
        return InternetExposure.judge(METADATA.id(), inventory, target, "RDP (TCP 3389)", rule -> rule.reachesTcp(PORT));
    }
}
