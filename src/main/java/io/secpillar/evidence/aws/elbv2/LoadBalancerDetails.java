package io.secpillar.evidence.aws.elbv2;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

import java.util.List;
import java.util.Map;

/**
 * One load balancer (application, network or gateway), its listeners and its attributes (key to value,
 * e.g. access_logs.s3.enabled=true), each read on its own.
 */
public record LoadBalancerDetails(LoadBalancer loadBalancer, Fetched<List<Listener>> listeners,
                                  Fetched<Map<String, String>> attributes) {

    public String arn() {
        return loadBalancer.loadBalancerArn();
    }

    public String type() {
        return loadBalancer.typeAsString();
    }
}
