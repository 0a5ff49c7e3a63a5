package io.secpillar.evidence.aws.elbv2;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.evidence.Check;
import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.TestAwsClients;
import io.secpillar.evidence.checks.CheckCatalogSlices;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.Listener;
import io.secpillar.evidence.inventory.elbv2.Elbv2Inventory.LoadBalancer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.secpillar.evidence.aws.wire.AwsWire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The ELBv2 collector with the real SDK against a local server speaking ELBv2's query protocol with XML answers. */
class Elbv2InventoryCollectorTest {

    private static final String NS = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";
    private static final String SHOP = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/shop-web/50dc6c495c0c9188";
    private static final String LEGACY = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/legacy-admin/1f2e3d4c5b6a7980";

    @RegisterExtension
    static WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final Target TARGET = new Target("audit", "111122223333", "eu-west-1");

    @Test
    void readsEveryPageThenEachLoadBalancersListenersAndAttributes() {
        stubMixedRegion();

        Elbv2Inventory inventory = new Elbv2InventoryCollector().collect(new TestAwsClients(aws.baseUrl()), TARGET);

        List<LoadBalancer> lbs = inventory.loadBalancers().value();
        assertThat(lbs).extracting(LoadBalancer::arn).containsExactly(SHOP, LEGACY);
        assertThat(lbs.get(0).type()).isEqualTo("application");
        List<Listener> shop = lbs.get(0).listeners().value();
        assertThat(shop).extracting(Listener::protocol, Listener::port, Listener::sslPolicy).containsExactly(
                tuple("HTTP", 80, null), tuple("HTTPS", 443, "ELBSecurityPolicy-TLS13-1-2-2021-06"));
        assertThat(shop.get(0).defaultActions().get(0).redirectProtocol()).isEqualTo("HTTPS");
        assertThat(shop.get(0).proof()).startsWith("Listener(").contains("Protocol=HTTP");
        assertThat(lbs.get(0).attributes().value()).containsEntry("access_logs.s3.enabled", "true")
                .containsEntry("access_logs.s3.bucket", "central-elb-logs");
        assertThat(lbs.get(1).listeners().value()).extracting(Listener::sslPolicy)
                .containsExactly(null, "ELBSecurityPolicy-2016-08");
        assertThat(lbs.get(1).attributes().reason()).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        assertThat(lbs.get(1).attributes().explanation())
                .contains("elasticloadbalancing:DescribeLoadBalancerAttributes");
        aws.verify(2, postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeLoadBalancers"))
                .withRequestBody(containing("Version=2015-12-01")).withRequestBody(containing("PageSize=400")));
    }

    @Test
    void aRegionThatIsNotEnabledIsReportedAsSuch() {
        aws.stubFor(post(urlPathEqualTo("/")).willReturn(queryError(NS, 403, "InvalidClientTokenId",
                "The security token included in the request is invalid.")));

        Elbv2Inventory inventory = new Elbv2InventoryCollector().collect(new TestAwsClients(aws.baseUrl()),
                new Target("audit", "111122223333", "af-south-1"));

        assertThat(inventory.loadBalancers().reason()).isEqualTo(CouldNotAssessReason.REGION_NOT_OPTED_IN);
    }

    @Test
    void throttlingIsKeptAsData() {
        aws.stubFor(post(urlPathEqualTo("/")).willReturn(queryError(NS, 400, "Throttling", "Rate exceeded")));

        Elbv2Inventory inventory = new Elbv2InventoryCollector().collect(new TestAwsClients(aws.baseUrl()), TARGET);

        assertThat(inventory.loadBalancers().reason()).isEqualTo(CouldNotAssessReason.THROTTLED);
    }

    /** How the SDK form-encodes an ARN parameter in the request body. */
    private static String form(String arn) {
        return "LoadBalancerArn=" + java.net.URLEncoder.encode(arn, java.nio.charset.StandardCharsets.UTF_8);
    }
    @Test
    void theChecksJudgeTheMixedRegionResourceByResource() {
        stubMixedRegion();
        Elbv2Inventory inventory = new Elbv2InventoryCollector().collect(new TestAwsClients(aws.baseUrl()), TARGET);

        Map<String, Status> verdicts = new TreeMap<>();
        for (Check<?> check : CheckCatalogSlices.of("elbv2")) {
            for (Finding f : evaluate(check, inventory, TARGET)) {
                verdicts.put(f.checkId() + " " + f.resourceId(), f.status());
            }
        }

        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of(
                "elbv2_ssl_listeners " + SHOP, Status.PASS,
                "elbv2_ssl_listeners " + LEGACY, Status.FAIL,
                "elbv2_listener_current_tls_policy " + SHOP, Status.PASS,
                "elbv2_listener_current_tls_policy " + LEGACY, Status.FAIL,
                "elbv2_logging_enabled " + SHOP, Status.PASS,
                "elbv2_logging_enabled " + LEGACY, Status.COULD_NOT_ASSESS));
    }

    private static <I> List<Finding> evaluate(Check<I> check, Object inventory, Target target) {
        return check.evaluate(check.inventoryType().cast(inventory), target);
    }

    /** Two application load balancers over two pages: one modern and logged, one legacy with refused attributes. */
    private static void stubMixedRegion() {
        aws.stubFor(action("DescribeLoadBalancers").withRequestBody(notContaining("Marker"))
                .willReturn(xml(Elbv2InventoryCollectorTest.class, "describe-load-balancers-page1.xml")));
        aws.stubFor(action("DescribeLoadBalancers").withRequestBody(containing("Marker=lb-page-2"))
                .willReturn(xml(Elbv2InventoryCollectorTest.class, "describe-load-balancers-page2.xml")));
        aws.stubFor(action("DescribeListeners").withRequestBody(containing(form(SHOP)))
                .willReturn(xml(Elbv2InventoryCollectorTest.class, "describe-listeners-shop-web.xml")));
        aws.stubFor(action("DescribeListeners").withRequestBody(containing(form(LEGACY)))
                .willReturn(xml(Elbv2InventoryCollectorTest.class, "describe-listeners-legacy-admin.xml")));
        aws.stubFor(action("DescribeLoadBalancerAttributes").withRequestBody(containing(form(SHOP)))
                .willReturn(xml(Elbv2InventoryCollectorTest.class, "describe-attributes-shop-web.xml")));
        aws.stubFor(action("DescribeLoadBalancerAttributes").withRequestBody(containing(form(LEGACY)))
                .willReturn(queryError(NS, 403, "AccessDenied", "User: arn:aws:iam::111122223333:user/auditor is not "
                        + "authorized to perform: elasticloadbalancing:DescribeLoadBalancerAttributes")));

    }
}
