package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.secpillar.evidence.checks.elbv2.Elbv2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Elbv2LoggingEnabledTest {

    private final Elbv2LoggingEnabled check = new Elbv2LoggingEnabled();

    @Test
    void theAccessLogAttributeDecides() {
        List<Finding> f = check.evaluate(of(
                lb("logged", "application", List.of(), Map.of("access_logs.s3.enabled", "true",
                        "access_logs.s3.bucket", "central-elb-logs")),
                lb("silent", "network", List.of(), Map.of("access_logs.s3.enabled", "false")),
                lb("gwlb", "gateway", List.of(), Map.of()),
                lb("unread", "application", List.of(), null)), REGION);

        assertThat(f).extracting(Finding::status)
                .containsExactly(Status.PASS, Status.FAIL, Status.NOT_APPLICABLE, Status.COULD_NOT_ASSESS);
        assertThat(f.get(0).observed()).containsEntry("access_logs.s3.bucket", "central-elb-logs");
        assertThat(f.get(3).reason()).contains("elasticloadbalancing:DescribeLoadBalancerAttributes");
    }

    @Test
    void refusedLoadBalancerListCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement()
                .extracting(Finding::status).isEqualTo(Status.COULD_NOT_ASSESS);
    }
}
