package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;
import io.secpillar.evidence.checks.ec2.ResourceFindings.Verdict;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Judges each security group by its inbound rules open to the internet that match what a check looks for. */
final class InternetExposure {

    private InternetExposure() {
    }

    static List<Finding> judge(String checkId, Ec2Inventory inventory, Target target, String what,
                               Predicate<OpenRule> exposes) {
        return judge(checkId, inventory, target, what, exposes, open -> Map.of());
    }

    /** As above, with more observed values drawn from the offending rules (e.g. which services they expose). */
    static List<Finding> judge(String checkId, Ec2Inventory inventory, Target target, String what,
                               Predicate<OpenRule> exposes, Function<List<OpenRule>, Map<String, String>> details) {
        return ResourceFindings.perResource(checkId, inventory.securityGroups(), target, "security groups",
                g -> arn(g, target), g -> verdict(g, what, exposes, details));
    }

    private static Verdict verdict(SecurityGroup group, String what, Predicate<OpenRule> exposes,
                                   Function<List<OpenRule>, Map<String, String>> details) {
        List<OpenRule> open = OpenRule.inbound(group).stream().filter(exposes).toList();
        String name = "Security group " + group.groupId() + " (" + group.groupName() + ")";
        if (open.isEmpty()) {
            return new Verdict(Status.PASS, name + " does not open " + what + " to the internet.",
                    Map.of("openRules", "none"), group.toString());
        }
        Map<String, String> observed = new LinkedHashMap<>(details.apply(open));
        observed.put("openRules", open.stream().map(OpenRule::toString).collect(Collectors.joining("; ")));
        observed.put("vpcId", String.valueOf(group.vpcId()));
        return new Verdict(Status.FAIL, name + " opens " + what + " to the internet.", observed, group.toString());
    }

    static String arn(SecurityGroup group, Target target) {
        return group.securityGroupArn() != null ? group.securityGroupArn()
                : ResourceFindings.arn(target, "security-group/" + group.groupId());
    }
}
