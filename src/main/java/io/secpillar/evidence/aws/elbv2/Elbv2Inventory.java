package io.secpillar.evidence.aws.elbv2;

import io.secpillar.evidence.Fetched;

import java.util.List;

/** What Elastic Load Balancing (v2) says about one account in one region: every load balancer with its details. */
public record Elbv2Inventory(Fetched<List<LoadBalancerDetails>> loadBalancers) {

    public static final String DESCRIBE_LOAD_BALANCERS = "elasticloadbalancing:DescribeLoadBalancers";
    public static final String DESCRIBE_LISTENERS = "elasticloadbalancing:DescribeListeners";
    public static final String DESCRIBE_LOAD_BALANCER_ATTRIBUTES = "elasticloadbalancing:DescribeLoadBalancerAttributes";
}
