package io.secpillar.evidence.checks.wafv2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.wafv2.WafInventory;
import io.secpillar.evidence.inventory.wafv2.WafInventory.WebAcl;

import java.util.List;
import java.util.Map;

/** Each internet-facing Application Load Balancer is protected by a regional AWS WAF web ACL. */
public final class Elbv2WafAclAttached extends InventoryCheck<WafInventory> {

    public Elbv2WafAclAttached() {
        super(regional("elbv2_waf_acl_attached", "Internet-facing ALBs are protected by a WAF web ACL", "wafv2",
                Severity.MEDIUM, List.of(WafInventory.DESCRIBE_LOAD_BALANCERS, WafInventory.LIST_WEB_ACLS,
                WafInventory.LIST_RESOURCES_FOR_WEB_ACL), "Associate a regional web ACL with the load balancer, "
                + "starting from the AWS managed rule groups (core rule set, known bad inputs, IP reputation) in "
                + "count mode, then block."));
    }

    @Override
    public List<Finding> evaluate(WafInventory inventory, Target target) {
        return fromRead(inventory.webAcls(), target, acls -> perResource(inventory.internetFacingAlbs(), target,
                "internet-facing Application Load Balancers", alb -> {
                    var protecting = acls.stream().filter(a -> a.loadBalancerArns().isOk()
                            && a.loadBalancerArns().value().contains(alb.arn())).findFirst();
                    var unread = acls.stream().filter(a -> !a.loadBalancerArns().isOk()).findFirst();
                    if (protecting.isEmpty() && unread.isPresent()) {
                        return unread.get().loadBalancerArns().couldNotAssess(id(), target, alb.arn());
                    }
                    return finding(target, alb.arn(), passIf(protecting.isPresent(), "Load balancer " + alb.name()
                            + protecting.map(a -> " is protected by web ACL " + a.name() + ".")
                            .orElse(" has no WAF web ACL."), Map.of("webAcl", protecting.map(WebAcl::name)
                            .orElse("none")), "ListResourcesForWebACL: " + acls.stream().map(WebAcl::name).toList()));
                }));
    }
}
