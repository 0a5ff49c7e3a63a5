package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.secpillar.evidence.checks.elbv2.Elbv2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Elbv2SslListenersTest {

    private final Elbv2SslListeners check = new Elbv2SslListeners();

    @Test
    void plainHttpFailsUnlessItRedirectsToHttps() {
        List<Finding> f = check.evaluate(of(
                lb("redirects", "application", List.of(listener("HTTP", 80, null, redirectTo("HTTPS")),
                        listener("HTTPS", 443, "ELBSecurityPolicy-TLS13-1-2-2021-06", forward())), Map.of()),
                lb("serves-http", "application", List.of(listener("HTTP", 80, null, forward()),
                        listener("HTTPS", 443, "ELBSecurityPolicy-TLS13-1-2-2021-06", forward())), Map.of()),
                lb("http-to-http", "application", List.of(listener("HTTP", 80, null, redirectTo("HTTP"))), Map.of()),
                lb("tls-nlb", "network", List.of(listener("TLS", 443, "ELBSecurityPolicy-TLS13-1-2-2021-06", forward())), Map.of()),
                lb("tcp-nlb", "network", List.of(listener("TCP", 443, null, forward())), Map.of()),
                lb("unread", "application", null, Map.of())), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.FAIL, Status.PASS,
                Status.NOT_APPLICABLE, Status.COULD_NOT_ASSESS);
        assertThat(f.get(1).observed()).containsEntry("unencrypted", "HTTP:80");
        assertThat(f.get(1).resourceId()).endsWith("loadbalancer/app/serves-http/1");
        assertThat(f.get(1).proof()).isEqualTo("[listener HTTP:80, listener HTTPS:443]");
        assertThat(f.get(5).reason()).contains("elasticloadbalancing:DescribeListeners");
    }

    @Test
    void refusedLoadBalancerListCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement()
                .satisfies(x -> assertThat(x.reason()).contains("elasticloadbalancing:DescribeLoadBalancers"));
    }

    @Test
    void noLoadBalancerIsNotApplicable() {
        assertThat(check.evaluate(of(), REGION)).singleElement().extracting(Finding::status).isEqualTo(Status.NOT_APPLICABLE);
    }
}
