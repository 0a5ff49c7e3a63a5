package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.LoadBalancer;

import java.util.List;
import java.util.Map;

/** Application and network load balancers write access logs to S3; gateway load balancers have none to write. */
public final class Elbv2LoggingEnabled extends InventoryCheck<Elbv2Inventory> {

    static final String ENABLED = "access_logs.s3.enabled";
    static final String BUCKET = "access_logs.s3.bucket";

    public Elbv2LoggingEnabled() {
        super(regional("elbv2_logging_enabled", "Load balancers write access logs", "elasticloadbalancing",
                Severity.MEDIUM, Elbv2Inventory.loadBalancerReads(Elbv2Inventory.DESCRIBE_LOAD_BALANCER_ATTRIBUTES),
                "Turn on access logs (attribute access_logs.s3.enabled=true) to an S3 bucket whose policy lets the "
                + "Elastic Load Balancing log delivery write to it, and keep the logs as long as investigations need."));
    }

    @Override
    public List<Finding> evaluate(Elbv2Inventory inventory, Target target) {
        return LoadBalancerFindings.perLoadBalancer(id(), inventory, target, LoadBalancer::attributes,
                Elbv2LoggingEnabled::judge);
    }

    private static Verdict judge(LoadBalancer lb) {
        Map<String, String> attributes = lb.attributes().value();
        boolean on = "true".equals(attributes.get(ENABLED));
        Map<String, String> observed = Map.of(ENABLED, String.valueOf(attributes.get(ENABLED)),
                BUCKET, attributes.getOrDefault(BUCKET, ""));
        String name = LoadBalancerFindings.name(lb);
        if ("gateway".equals(lb.type())) {
            return notApplicable(name + " has no access logs to write.", observed, "");
        }
        return new Verdict(on ? Status.PASS : Status.FAIL, on ? name + " writes access logs to S3."
                : name + " does not write access logs.", observed, ENABLED + "=" + attributes.get(ENABLED));
    }
}
