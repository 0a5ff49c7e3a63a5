package io.secpillar.evidence.checks.wafv2;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.wafv2.WafInventory;
import io.secpillar.evidence.inventory.wafv2.WafInventory.LoadBalancer;
import io.secpillar.evidence.inventory.wafv2.WafInventory.WebAcl;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WafChecksTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final LoadBalancer SHOP = alb("shop");
    static final LoadBalancer API = alb("api");
    static final String ACL_ARN = "arn:aws:wafv2:eu-west-1:111122223333:regional/webacl/edge/1a2b";

    static LoadBalancer alb(String name) {
        return new LoadBalancer("arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/" + name
                + "/50dc6c495c0c9188", name, name + ".eu-west-1.elb.amazonaws.com");
    }

    static WafInventory of(Fetched<List<String>> protectedByEdge, Set<String> logged) {
        return new WafInventory(Fetched.ok(List.of(SHOP, API), WafInventory.DESCRIBE_LOAD_BALANCERS),
                Fetched.ok(List.of(new WebAcl("edge", ACL_ARN, protectedByEdge)), WafInventory.LIST_WEB_ACLS),
                Fetched.ok(logged, WafInventory.LIST_LOGGING_CONFIGURATIONS));
    }

    @Test
    void eachInternetFacingAlbNeedsAWebAcl() {
        var findings = new Elbv2WafAclAttached().evaluate(of(Fetched.ok(List.of(SHOP.arn()), "x"), Set.of()), EU);

        assertThat(findings).extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL);
        assertThat(findings.get(0).reason()).contains("web ACL edge");
    }

    @Test
    void anUnreadAssociationListIsCouldNotAssessForTheUnprotectedOnes() {
        var findings = new Elbv2WafAclAttached().evaluate(of(Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                WafInventory.LIST_RESOURCES_FOR_WEB_ACL, ""), Set.of()), EU);

        assertThat(findings).extracting(f -> f.status())
                .containsExactly(Status.COULD_NOT_ASSESS, Status.COULD_NOT_ASSESS);
        assertThat(findings.get(0).reason()).contains("wafv2:ListResourcesForWebACL");
    }

    @Test
    void webAclsMustLog() {
        var logging = new Wafv2WebaclLoggingEnabled();

        assertThat(logging.evaluate(of(Fetched.ok(List.of(), "x"), Set.of(ACL_ARN)), EU).get(0).status())
                .isEqualTo(Status.PASS);
        assertThat(logging.evaluate(of(Fetched.ok(List.of(), "x"), Set.of()), EU).get(0).status())
                .isEqualTo(Status.FAIL);
        var refused = new WafInventory(Fetched.ok(List.of(), WafInventory.DESCRIBE_LOAD_BALANCERS),
                Fetched.ok(List.of(), WafInventory.LIST_WEB_ACLS), Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                WafInventory.LIST_LOGGING_CONFIGURATIONS, ""));
        assertThat(logging.evaluate(refused, EU).get(0).status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(new Elbv2WafAclAttached().evaluate(refused, EU).get(0).status()).isEqualTo(Status.NOT_APPLICABLE);
    }
}
