package io.secpillar.evidence.aws.elbv2;

import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.ListenerAction;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;

import java.util.Map;
import java.util.stream.Collectors;

import static io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.*;

/** Reads every page of load balancers, then each one's listeners (every page) and attributes. */
public final class Elbv2InventoryCollector implements InventoryCollector<Elbv2Inventory> {

    /** The largest page the ELBv2 Describe calls accept. */
    static final int PAGE = 400;

    @Override
    public Class<Elbv2Inventory> type() {
        return Elbv2Inventory.class;
    }

    @Override
    public Elbv2Inventory collect(AwsClients clients, Target target) {
        ElasticLoadBalancingV2Client elb = clients.client(ElasticLoadBalancingV2Client.class, target.region());
        var listed = AwsCalls.fetch(DESCRIBE_LOAD_BALANCERS, () -> elb
                .describeLoadBalancersPaginator(r -> r.pageSize(PAGE)).loadBalancers().stream().toList());
        return new Elbv2Inventory(listed.map(all -> all.stream().map(lb -> details(elb, lb)).toList()));
    }

    private static Elbv2Inventory.LoadBalancer details(ElasticLoadBalancingV2Client elb, LoadBalancer lb) {
        String arn = lb.loadBalancerArn();
        return new Elbv2Inventory.LoadBalancer(arn, lb.loadBalancerName(), lb.typeAsString(),
                AwsCalls.fetch(DESCRIBE_LISTENERS, () -> elb.describeListenersPaginator(r -> r.loadBalancerArn(arn)
                        .pageSize(PAGE)).listeners().stream().map(Elbv2InventoryCollector::listener).toList()),
                AwsCalls.fetch(DESCRIBE_LOAD_BALANCER_ATTRIBUTES, () -> attributes(elb, arn)));
    }

    private static Elbv2Inventory.Listener listener(Listener l) {
        return new Elbv2Inventory.Listener(l.protocolAsString(), l.port(), l.sslPolicy(), l.defaultActions().stream()
                .map(a -> new ListenerAction(a.typeAsString(), a.redirectConfig() == null ? null
                        : a.redirectConfig().protocol())).toList(), l.toString());
    }

    private static Map<String, String> attributes(ElasticLoadBalancingV2Client elb, String arn) {
        return elb.describeLoadBalancerAttributes(r -> r.loadBalancerArn(arn)).attributes().stream()
                .filter(a -> a.key() != null && a.value() != null)
                .collect(Collectors.toUnmodifiableMap(LoadBalancerAttribute::key, LoadBalancerAttribute::value,
                        (first, second) -> first));
    }
}
