package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;

import java.util.List;

/** No network ACL lets the whole internet reach RDP (TCP 3389): the subnet layer backs up the security groups. */
public final class Ec2NetworkaclAllowIngressRdp implements Check<Ec2Inventory> {

    static final int PORT = 3389;

    static final CheckMetadata METADATA = new CheckMetadata("ec2_networkacl_allow_ingress_rdp",
            "Network ACLs do not let the internet reach RDP", "ec2", Scope.REGIONAL, Severity.MEDIUM,
            List.of(Ec2Inventory.DESCRIBE_NETWORK_ACLS),
            "Add a low-numbered inbound DENY entry for TCP 3389 from 0.0.0.0/0 and ::/0 (above the allow entries), "
                    + "or narrow the allow entries to the address ranges that really administer the subnet.");

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
        return ResourceFindings.perResource(METADATA.id(), inventory.networkAcls(), target, "network ACLs",
                acl -> InternetAclPath.arn(target, acl), acl -> InternetAclPath.judge(acl, PORT, "RDP"));
    }
}
