package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.SecurityGroup;

import java.util.List;

/**
 * No security group lets the whole internet reach what one {@link InternetExposure} names, as the network
 * exposure analyzer computes it from the rules' CIDRs and the entries of the prefix lists they name: registered
 * once for SSH, RDP, database ports and every port, as ec2_securitygroup_allow_ingress_from_internet_to_ssh and so
 * on. Whether an instance really uses the group, and what its subnet's network ACL lets through, are not judged.
 */
public final class Ec2SecuritygroupAllowIngressFromInternetTo extends InventoryCheck<Ec2Inventory> {

    private final InternetExposure exposure;

    public Ec2SecuritygroupAllowIngressFromInternetTo(InternetExposure exposure) {
        super(regional("ec2_securitygroup_allow_ingress_from_internet_to_" + exposure.idSuffix(), exposure.title(),
                "ec2", exposure.severity(), List.of(Ec2Inventory.DESCRIBE_SECURITY_GROUPS,
                Ec2Inventory.GET_MANAGED_PREFIX_LIST_ENTRIES), exposure.remediation()));
        this.exposure = exposure;
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        return perResource(inventory.securityGroups(), target, "security groups",
                g -> finding(target, arn(inventory, g, target), exposure.verdict(g, inventory)));
    }

    static String arn(Ec2Inventory inventory, SecurityGroup group, Target target) {
        return group.arn() != null ? group.arn() : inventory.arn(target, "security-group/" + group.id());
    }
}
