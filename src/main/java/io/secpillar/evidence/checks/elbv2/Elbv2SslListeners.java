package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.Listener;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.LoadBalancer;

import java.util.List;
import java.util.Map;

/**
 * HTTP listeners of application load balancers redirect to HTTPS. Other types pass when all listeners are TLS;
 * a TCP listener may carry TLS to the targets unseen, so those are not judged.
 */
public final class Elbv2SslListeners extends InventoryCheck<Elbv2Inventory> {

    public Elbv2SslListeners() {
        super(regional("elbv2_ssl_listeners", "Load balancers serve clients over HTTPS or TLS", "elasticloadbalancing",
                Severity.MEDIUM, Elbv2Inventory.loadBalancerReads(Elbv2Inventory.DESCRIBE_LISTENERS), "Serve the "
                + "application on an HTTPS listener with an ACM certificate and change each HTTP listener's default "
                + "action to a permanent redirect (HTTP 301) to HTTPS on port 443."));
    }

    @Override
    public List<Finding> evaluate(Elbv2Inventory inventory, Target target) {
        return LoadBalancerFindings.perLoadBalancer(id(), inventory, target, LoadBalancer::listeners,
                Elbv2SslListeners::judge);
    }

    private static Verdict judge(LoadBalancer lb) {
        List<Listener> listeners = lb.listeners().value();
        List<Listener> plain = ListenerProtocols.plain(listeners);
        String ports = ListenerProtocols.summary(plain);
        var observed = Map.of("listeners", ListenerProtocols.summary(listeners), "unencrypted", ports);
        String name = LoadBalancerFindings.name(lb);
        Status status = listeners.isEmpty() ? Status.NOT_APPLICABLE : plain.isEmpty() ? Status.PASS
                : "application".equals(lb.type()) ? Status.FAIL : Status.NOT_APPLICABLE;
        String reason = listeners.isEmpty() ? " has no listener." : plain.isEmpty() ? " only serves encrypted connections."
                : status == Status.FAIL ? " serves plain HTTP on " + ports + "."
                : " has non-TLS listeners (" + ports + ") that may pass TLS through; not judged.";
        return new Verdict(status, name + reason, observed, ListenerProtocols.proof(listeners));
    }
}
