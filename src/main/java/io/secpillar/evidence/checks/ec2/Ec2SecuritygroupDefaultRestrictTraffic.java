package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;

import java.util.List;
import java.util.Map;

/**
 * Every VPC's default security group has no rules at all, so a resource launched without a chosen group
 * can neither be reached nor reach out.
 */
public final class Ec2SecuritygroupDefaultRestrictTraffic extends InventoryCheck<Ec2Inventory> {

    public Ec2SecuritygroupDefaultRestrictTraffic() {
        super(regional("ec2_securitygroup_default_restrict_traffic", "Default security groups allow no traffic", "ec2",
                Severity.MEDIUM, List.of(Ec2Inventory.DESCRIBE_SECURITY_GROUPS), "Delete every inbound and outbound "
                + "rule of each VPC's default security group (it cannot be deleted itself), after moving any resource "
                + "that uses it to a purpose-built group."));
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        var defaults = inventory.securityGroups().map(all -> all.stream().filter(g -> "default".equals(g.name())).toList());
        return perResource(defaults, target, "default security groups", g -> {
            int in = g.inbound().size();
            int out = g.outboundRules();
            String name = "The default security group " + g.id() + " of " + g.vpcId();
            return finding(target, Ec2SecuritygroupAllowIngressFromInternetTo.arn(inventory, g, target), passIf(
                    in == 0 && out == 0, in == 0 && out == 0 ? name + " has no rules." : name + " still has " + in
                            + " inbound and " + out + " outbound rules.", Map.of("inboundRules", String.valueOf(in),
                            "outboundRules", String.valueOf(out), "vpcId", String.valueOf(g.vpcId())), g.proof()));
        });
    }
}
