package io.secpillar.evidence.aws.wafv2;

import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.aws.TokenPages;
import io.secpillar.evidence.inventory.wafv2.WafInventory;
import io.secpillar.evidence.inventory.wafv2.WafInventory.LoadBalancer;
import io.secpillar.evidence.inventory.wafv2.WafInventory.WebAcl;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerSchemeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerTypeEnum;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.ResourceType;
import software.amazon.awssdk.services.wafv2.model.Scope;

import java.util.List;
import java.util.Set;

import static io.secpillar.evidence.inventory.wafv2.WafInventory.DESCRIBE_LOAD_BALANCERS;
import static io.secpillar.evidence.inventory.wafv2.WafInventory.LIST_LOGGING_CONFIGURATIONS;
import static io.secpillar.evidence.inventory.wafv2.WafInventory.LIST_RESOURCES_FOR_WEB_ACL;
import static io.secpillar.evidence.inventory.wafv2.WafInventory.LIST_WEB_ACLS;

/**
 * Asks WAF from the web ACLs' side: one ListResourcesForWebACL per web ACL rather than one GetWebACLForResource
 * per load balancer (accounts have far fewer web ACLs than load balancers), and one listing of every logging
 * configuration rather than one read per web ACL.
 */
public final class WafCollector implements InventoryCollector<WafInventory> {

    @Override
    public Class<WafInventory> type() {
        return WafInventory.class;
    }

    @Override
    public WafInventory collect(AwsClients clients, Target target) {
        ElasticLoadBalancingV2Client elb = clients.client(ElasticLoadBalancingV2Client.class, target.region());
        Wafv2Client waf = clients.client(Wafv2Client.class, target.region());
        return new WafInventory(
                AwsCalls.fetch(DESCRIBE_LOAD_BALANCERS, () -> elb.describeLoadBalancersPaginator(r -> { })
                        .loadBalancers().stream().filter(lb -> lb.type() == LoadBalancerTypeEnum.APPLICATION
                                && lb.scheme() == LoadBalancerSchemeEnum.INTERNET_FACING)
                        .map(lb -> new LoadBalancer(lb.loadBalancerArn(), lb.loadBalancerName(), lb.dnsName()))
                        .toList()),
                AwsCalls.fetch(LIST_WEB_ACLS, () -> webAcls(waf)),
                AwsCalls.fetch(LIST_LOGGING_CONFIGURATIONS, () -> loggedWebAcls(waf)));
    }

    private static List<WebAcl> webAcls(Wafv2Client waf) {
        return TokenPages.all(marker -> waf.listWebACLs(r -> r.scope(Scope.REGIONAL).nextMarker(marker)), page -> page
                .webACLs().stream().map(acl -> new WebAcl(acl.name(), acl.arn(), AwsCalls.fetch(
                        LIST_RESOURCES_FOR_WEB_ACL, () -> waf.listResourcesForWebACL(r -> r.webACLArn(acl.arn())
                                .resourceType(ResourceType.APPLICATION_LOAD_BALANCER)).resourceArns()))).toList(),
                page -> page.nextMarker());
    }

    private static Set<String> loggedWebAcls(Wafv2Client waf) {
        return Set.copyOf(TokenPages.all(marker -> waf.listLoggingConfigurations(r -> r.scope(Scope.REGIONAL)
                .nextMarker(marker)), page -> page.loggingConfigurations().stream().map(c -> c.resourceArn())
                .toList(), page -> page.nextMarker()));
    }
}
