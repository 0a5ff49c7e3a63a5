package io.secpillar.evidence.inventory.wafv2;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Set;

/**
 * AWS WAF in one region: the internet-facing Application Load Balancers it should protect, the regional web ACLs
 * with the load balancers each one protects, and the web ACLs that have logging configured.
 */
public record WafInventory(Fetched<List<LoadBalancer>> internetFacingAlbs, Fetched<List<WebAcl>> webAcls,
                           Fetched<Set<String>> loggedWebAclArns) {

    public static final String DESCRIBE_LOAD_BALANCERS = "elasticloadbalancing:DescribeLoadBalancers";
    public static final String LIST_WEB_ACLS = "wafv2:ListWebACLs";
    public static final String LIST_RESOURCES_FOR_WEB_ACL = "wafv2:ListResourcesForWebACL";
    public static final String LIST_LOGGING_CONFIGURATIONS = "wafv2:ListLoggingConfigurations";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_LOAD_BALANCERS, LIST_WEB_ACLS,
            LIST_RESOURCES_FOR_WEB_ACL, LIST_LOGGING_CONFIGURATIONS);

    /** An internet-facing Application Load Balancer. */
    public record LoadBalancer(String arn, String name, String dnsName) {
    }

    /** A regional web ACL and the load balancers associated with it. */
    public record WebAcl(String name, String arn, Fetched<List<String>> loadBalancerArns) {
    }
}
