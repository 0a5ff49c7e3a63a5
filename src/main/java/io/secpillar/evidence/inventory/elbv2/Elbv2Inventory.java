package io.secpillar.evidence.inventory.elbv2;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Map;

/** What Elastic Load Balancing (v2) says about one account in one region: every load balancer with its details. */
public record Elbv2Inventory(Fetched<List<LoadBalancer>> loadBalancers) {

    public static final String DESCRIBE_LOAD_BALANCERS = "elasticloadbalancing:DescribeLoadBalancers";
    public static final String DESCRIBE_LISTENERS = "elasticloadbalancing:DescribeListeners";
    public static final String DESCRIBE_LOAD_BALANCER_ATTRIBUTES = "elasticloadbalancing:DescribeLoadBalancerAttributes";

    /** What a check of one load balancer detail reads: the load balancers, then that detail. */
    public static List<String> loadBalancerReads(String detailRead) {
        return List.of(DESCRIBE_LOAD_BALANCERS, detailRead);
    }

    /**
     * One load balancer (type application, network or gateway), its listeners and its attributes (key to value,
     * e.g. access_logs.s3.enabled=true), each read on its own.
     */
    public record LoadBalancer(String arn, String name, String type, Fetched<List<Listener>> listeners,
                               Fetched<Map<String, String>> attributes) {
    }

    /**
     * A listener: protocol (HTTP, HTTPS, TCP, TLS …), port, security policy (null for plain ones), its default
     * actions, and its description as AWS gave it.
     */
    public record Listener(String protocol, Integer port, String sslPolicy, List<ListenerAction> defaultActions,
                           String proof) {
    }

    /** A default action: its type (forward, redirect …) and, for a redirect, the protocol it sends clients to. */
    public record ListenerAction(String type, String redirectProtocol) {
    }
}
