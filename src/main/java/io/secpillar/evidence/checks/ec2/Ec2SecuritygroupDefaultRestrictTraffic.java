package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;
import io.secpillar.evidence.checks.ec2.ResourceFindings.Verdict;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

import java.util.List;
import java.util.Map;

/**
 * Every VPC's default security group has no rules at all, so a resource launched without a chosen group
 * can neither be reached nor reach out.
 */
public final class Ec2SecuritygroupDefaultRestrictTraffic implements Check<Ec2Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("ec2_securitygroup_default_restrict_traffic",
            "Default security groups allow no traffic", "ec2", Scope.REGIONAL, Severity.MEDIUM,
            List.of(Ec2Inventory.DESCRIBE_SECURITY_GROUPS),
            "Delete every inbound and outbound rule of each VPC's default security group (it cannot be deleted "
                    + "itself), after moving any resource that uses it to a purpose-built group.");

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
        return ResourceFindings.perResource(METADATA.id(),
                inventory.securityGroups().map(groups -> groups.stream().filter(g -> "default".equals(g.groupName())).toList()),
                target, "default security groups", g -> InternetExposure.arn(g, target), this::judge);
    }

    private Verdict judge(SecurityGroup group) {
        int in = group.ipPermissions().size();
        int out = group.ipPermissionsEgress().size();
        Map<String, String> observed = Map.of("inboundRules", String.valueOf(in), "outboundRules", String.valueOf(out),
                "vpcId", String.valueOf(group.vpcId()));
        String name = "The default security group " + group.groupId() + " of " + group.vpcId();
        return in == 0 && out == 0
                ? new Verdict(Status.PASS, name + " has no rules.", observed, group.toString())
                : new Verdict(Status.FAIL, name + " still has " + in + " inbound and " + out + " outbound rules.",
                        observed, group.toString());
    }
}
