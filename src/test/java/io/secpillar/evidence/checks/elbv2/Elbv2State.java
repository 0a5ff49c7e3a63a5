package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.Listener;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.ListenerAction;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.LoadBalancer;

import java.util.List;
import java.util.Map;

/** In-memory ELBv2 inventories for check tests. */
final class Elbv2State {

    static final Target REGION = new Target("audit", "111122223333", "eu-west-1");

    static Elbv2Inventory of(LoadBalancer... lbs) {
        return new Elbv2Inventory(Fetched.ok(List.of(lbs), "elasticloadbalancing:DescribeLoadBalancers"));
    }

    static Elbv2Inventory refused() {
        return new Elbv2Inventory(denied("elasticloadbalancing:DescribeLoadBalancers"));
    }

    static LoadBalancer lb(String name, String type, List<Listener> listeners, Map<String, String> attributes) {
        return new LoadBalancer("arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/" + name + "/1",
                name, type,
                listeners == null ? denied("elasticloadbalancing:DescribeListeners")
                        : Fetched.ok(listeners, "elasticloadbalancing:DescribeListeners"),
                attributes == null ? denied("elasticloadbalancing:DescribeLoadBalancerAttributes")
                        : Fetched.ok(attributes, "elasticloadbalancing:DescribeLoadBalancerAttributes"));
    }

    static Listener listener(String protocol, int port, String policy, ListenerAction... actions) {
        return new Listener(protocol, port, policy, List.of(actions), "listener " + protocol + ":" + port);
    }

    static ListenerAction forward() {
        return new ListenerAction("forward", null);
    }

    static ListenerAction redirectTo(String protocol) {
        return new ListenerAction("redirect", protocol);
    }

    static <T> Fetched<T> denied(String operation) {
        return Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, operation, "AccessDenied: not authorized");
    }
}
