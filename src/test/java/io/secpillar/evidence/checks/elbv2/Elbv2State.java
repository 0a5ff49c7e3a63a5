package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.elbv2.Elbv2Inventory;
import io.secpillar.evidence.aws.elbv2.LoadBalancerDetails;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

import java.util.List;
import java.util.Map;

/** In-memory ELBv2 inventories for check tests. */
final class Elbv2State {

    static final Target REGION = new Target("audit", "111122223333", "eu-west-1");

    static Elbv2Inventory of(LoadBalancerDetails... lbs) {
        return new Elbv2Inventory(Fetched.ok(List.of(lbs), "elasticloadbalancing:DescribeLoadBalancers"));
    }

    static Elbv2Inventory refused() {
        return new Elbv2Inventory(denied("elasticloadbalancing:DescribeLoadBalancers"));
    }

    static LoadBalancerDetails lb(String name, String type, List<Listener> listeners, Map<String, String> attributes) {
        LoadBalancer lb = LoadBalancer.builder().loadBalancerName(name).type(type)
                .loadBalancerArn("arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/" + name + "/1").build();
        return new LoadBalancerDetails(lb,
                listeners == null ? denied("elasticloadbalancing:DescribeListeners")
                        : Fetched.ok(listeners, "elasticloadbalancing:DescribeListeners"),
                attributes == null ? denied("elasticloadbalancing:DescribeLoadBalancerAttributes")
                        : Fetched.ok(attributes, "elasticloadbalancing:DescribeLoadBalancerAttributes"));
    }

    static Listener listener(String protocol, int port, String policy, Action... actions) {
        return Listener.builder().protocol(protocol).port(port).sslPolicy(policy).defaultActions(actions).build();
    }

    static Action forward() {
        return Action.builder().type("forward").targetGroupArn("arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/t/1").build();
    }

    static Action redirectTo(String protocol) {
        return Action.builder().type("redirect").redirectConfig(r -> r.protocol(protocol).port("443").statusCode("HTTP_301")).build();
    }

    static <T> Fetched<T> denied(String operation) {
        return Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, operation, "AccessDenied: not authorized");
    }
}
