package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.elbv2.Elbv2Inventory;
import io.secpillar.evidence.aws.elbv2.LoadBalancerDetails;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The walk the load balancer checks share: one finding per load balancer; COULD_NOT_ASSESS when the list, or
 * the detail a check needs for one load balancer, could not be read; NOT_APPLICABLE once for an empty region.
 */
final class LoadBalancerFindings {

    /** What a check concludes about one load balancer. */
    record Verdict(Status status, String reason, Map<String, String> observed, String proof) {
    }

    private LoadBalancerFindings() {
    }

    static List<Finding> perLoadBalancer(String checkId, Elbv2Inventory inventory, Target target,
                                         Function<LoadBalancerDetails, Fetched<?>> needs,
                                         Function<LoadBalancerDetails, Verdict> judge) {
        var all = inventory.loadBalancers();
        if (!all.isOk()) {
            return List.of(all.couldNotAssess(checkId, target, target.accountId()));
        }
        if (all.value().isEmpty()) {
            return List.of(new Finding(checkId, Status.NOT_APPLICABLE, target.accountId(), target.region(),
                    target.accountId(), "The region has no load balancer.", Map.of("load balancers", "0"), ""));
        }
        return all.value().stream().map(lb -> {
            Fetched<?> needed = needs.apply(lb);
            if (!needed.isOk()) {
                return needed.couldNotAssess(checkId, target, lb.arn());
            }
            Verdict v = judge.apply(lb);
            return new Finding(checkId, v.status(), target.accountId(), target.region(), lb.arn(), v.reason(),
                    v.observed(), v.proof());
        }).toList();
    }

    static String name(LoadBalancerDetails lb) {
        return "Load balancer " + lb.loadBalancer().loadBalancerName() + " (" + lb.type() + ")";
    }
}
