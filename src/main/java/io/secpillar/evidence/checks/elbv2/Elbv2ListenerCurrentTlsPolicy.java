package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.Listener;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.LoadBalancer;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every HTTPS or TLS listener uses a current security policy: one that refuses TLS 1.0 and 1.1 ({@link TlsPolicies}). */
public final class Elbv2ListenerCurrentTlsPolicy extends InventoryCheck<Elbv2Inventory> {

    public Elbv2ListenerCurrentTlsPolicy() {
        super(regional("elbv2_listener_current_tls_policy", "Load balancer TLS listeners use a current security policy",
                "elasticloadbalancing", Severity.MEDIUM,
                Elbv2Inventory.loadBalancerReads(Elbv2Inventory.DESCRIBE_LISTENERS), "Switch the listener to a policy "
                + "that accepts only TLS 1.2 and 1.3, preferably AWS's default ELBSecurityPolicy-TLS13-1-2-2021-06 "
                + "(or a -Res or FIPS variant). A policy counts as current when it refuses TLS 1.0 and 1.1; check "
                + "first that no client still needs them."));
    }

    @Override
    public List<Finding> evaluate(Elbv2Inventory inventory, Target target) {
        return LoadBalancerFindings.perLoadBalancer(id(), inventory, target, LoadBalancer::listeners,
                Elbv2ListenerCurrentTlsPolicy::judge);
    }

    private static Verdict judge(LoadBalancer lb) {
        List<Listener> tls = lb.listeners().value().stream().filter(ListenerProtocols::encrypted).toList();
        String outdated = tls.stream().filter(l -> !TlsPolicies.current(l.sslPolicy()))
                .map(l -> l.port() + "=" + l.sslPolicy()).collect(Collectors.joining(", "));
        Map<String, String> observed = Map.of("tlsListeners", ListenerProtocols.summary(tls), "outdated", outdated);
        String name = LoadBalancerFindings.name(lb);
        if (tls.isEmpty()) {
            return notApplicable(name + " has no HTTPS or TLS listener.", observed, "");
        }
        return outdated.isEmpty()
                ? pass(name + " accepts only TLS 1.2 or later.", observed, ListenerProtocols.proof(tls))
                : fail(name + " still accepts TLS 1.0/1.1 on " + outdated + ".", observed, ListenerProtocols.proof(tls));
    }
}
