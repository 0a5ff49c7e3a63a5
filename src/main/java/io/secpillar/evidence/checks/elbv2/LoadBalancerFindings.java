package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.PerResource;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.LoadBalancer;

import java.util.List;
import java.util.function.Function;

/**
 * The per-resource walk over load balancers: COULD_NOT_ASSESS for a load balancer whose detail a check needs
 * could not be read, NOT_APPLICABLE once for a region without any.
 */
final class LoadBalancerFindings {

    private LoadBalancerFindings() {
    }

    static List<Finding> perLoadBalancer(String checkId, Elbv2Inventory inventory, Target target,
                                         Function<LoadBalancer, Fetched<?>> needs, Function<LoadBalancer, Verdict> judge) {
        return PerResource.findings(checkId, target, inventory.loadBalancers(), "load balancers",
                "The region has no load balancer.", lb -> {
                    Fetched<?> needed = needs.apply(lb);
                    return needed.isOk() ? judge.apply(lb).about(checkId, target, lb.arn())
                            : needed.couldNotAssess(checkId, target, lb.arn());
                });
    }

    static String name(LoadBalancer lb) {
        return "Load balancer " + lb.name() + " (" + lb.type() + ")";
    }
}
