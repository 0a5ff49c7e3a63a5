package io.secpillar.evidence.aws.wafv2;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.wafv2.Elbv2WafAclAttached;
import io.secpillar.evidence.checks.wafv2.Wafv2WebaclLoggingEnabled;
import io.secpillar.evidence.inventory.wafv2.WafInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** WAFv2 over AWS JSON 1.1 (X-Amz-Target: AWSWAF_20190729.X) and ELBv2's query protocol with XML answers. */
class WafCollectorWireTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final String ELB_NS = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
    static final String SHOP = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/shop/50dc6c495c0c9188";
    static final String INTERNAL = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/internal/6d0ecf831eec9f09";
    static final String ACL = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/edge/a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private void loadBalancers() {
        aws.server().stubFor(aws.queryRequest("DescribeLoadBalancers").willReturn(FakeAws.xml(200,
                "<DescribeLoadBalancersResponse xmlns=\"" + ELB_NS + "\"><DescribeLoadBalancersResult><LoadBalancers>"
                        + lb(SHOP, "shop", "internet-facing") + lb(INTERNAL, "internal", "internal")
                        + "</LoadBalancers></DescribeLoadBalancersResult><ResponseMetadata><RequestId>6581c0ac-f39f-"
                        + "11e5-bb98-EXAMPLE</RequestId></ResponseMetadata></DescribeLoadBalancersResponse>")));
    }

    private static String lb(String arn, String name, String scheme) {
        return "<member><LoadBalancerArn>" + arn + "</LoadBalancerArn><Scheme>" + scheme + "</Scheme>"
                + "<LoadBalancerName>" + name + "</LoadBalancerName><Type>application</Type><DNSName>" + name
                + ".eu-west-1.elb.amazonaws.com</DNSName><State><Code>active</Code></State></member>";
    }

    @Test
    void webAclsOnTwoPagesTheirLoadBalancersAndTheirLogging() {
        loadBalancers();
        aws.json("AWSWAF_20190729.ListWebACLs", "{\"NextMarker\":\"acls-2\",\"WebACLs\":[]}");
        aws.json("AWSWAF_20190729.ListWebACLs", "{\"WebACLs\":[{\"Name\":\"edge\",\"Id\":\"a1b2c3d4-5678-90ab-"
                + "cdef-EXAMPLE11111\",\"Description\":\"\",\"LockToken\":\"0f1e2d3c\",\"ARN\":\"" + ACL + "\"}]}",
                "\"NextMarker\":\"acls-2\"");
        aws.json("AWSWAF_20190729.ListResourcesForWebACL", "{\"ResourceArns\":[\"" + SHOP + "\"]}",
                "\"APPLICATION_LOAD_BALANCER\"");
        aws.json("AWSWAF_20190729.ListLoggingConfigurations", "{\"LoggingConfigurations\":[]}", "\"REGIONAL\"");

        WafInventory inventory = new WafCollector().collect(aws.clients(), EU);

        assertThat(new Elbv2WafAclAttached().evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.PASS);
            assertThat(f.resourceId()).isEqualTo(SHOP);
        });
        assertThat(new Wafv2WebaclLoggingEnabled().evaluate(inventory, EU)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(Status.FAIL));
    }

    @Test
    void aRefusedWebAclListingIsCouldNotAssess() {
        loadBalancers();
        aws.jsonError("AWSWAF_20190729.ListWebACLs", 400, "AccessDeniedException", "User is not authorized to "
                + "perform: wafv2:ListWebACLs");
        aws.json("AWSWAF_20190729.ListLoggingConfigurations", "{\"LoggingConfigurations\":[]}");

        WafInventory inventory = new WafCollector().collect(aws.clients(), EU);

        assertThat(new Elbv2WafAclAttached().evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("lacks the permission wafv2:ListWebACLs");
        });
    }
}
