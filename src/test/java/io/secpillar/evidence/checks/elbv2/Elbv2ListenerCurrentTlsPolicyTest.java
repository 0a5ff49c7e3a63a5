package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static io.secpillar.evidence.checks.elbv2.Elbv2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Elbv2ListenerCurrentTlsPolicyTest {

    private final Elbv2ListenerCurrentTlsPolicy check = new Elbv2ListenerCurrentTlsPolicy();

    @ParameterizedTest
    @CsvSource({
            "ELBSecurityPolicy-TLS13-1-2-2021-06, true", "ELBSecurityPolicy-TLS13-1-2-Res-2021-06, true",
            "ELBSecurityPolicy-TLS13-1-3-2021-06, true", "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04, true",
            "ELBSecurityPolicy-FS-1-2-Res-2020-10, true", "ELBSecurityPolicy-TLS-1-2-2017-01, true",
            "ELBSecurityPolicy-TLS-1-2-Ext-2018-06, true",
            "ELBSecurityPolicy-2016-08, false", "ELBSecurityPolicy-2015-05, false",
            "ELBSecurityPolicy-TLS-1-0-2015-04, false", "ELBSecurityPolicy-TLS-1-1-2017-01, false",
            "ELBSecurityPolicy-FS-1-1-2019-08, false", "ELBSecurityPolicy-FS-2018-06, false",
            "ELBSecurityPolicy-TLS13-1-1-2021-06, false", "ELBSecurityPolicy-TLS13-1-0-2021-06, false"})
    void currentMeansTls12OrLaterOnly(String policy, boolean current) {
        assertThat(TlsPolicies.current(policy)).isEqualTo(current);
    }

    @Test
    void everyTlsListenerMustUseACurrentPolicy() {
        List<Finding> f = check.evaluate(of(
                lb("modern", "application", List.of(listener("HTTPS", 443, "ELBSecurityPolicy-TLS13-1-2-2021-06", forward())), Map.of()),
                lb("mixed", "application", List.of(listener("HTTPS", 443, "ELBSecurityPolicy-TLS13-1-2-2021-06", forward()),
                        listener("HTTPS", 8443, "ELBSecurityPolicy-2016-08", forward())), Map.of()),
                lb("http-only", "application", List.of(listener("HTTP", 80, null, forward())), Map.of()),
                lb("unread", "network", null, Map.of())), REGION);

        assertThat(f).extracting(Finding::status)
                .containsExactly(Status.PASS, Status.FAIL, Status.NOT_APPLICABLE, Status.COULD_NOT_ASSESS);
        assertThat(f.get(1).observed()).containsEntry("outdated", "8443=ELBSecurityPolicy-2016-08");
        assertThat(f.get(1).reason()).contains("TLS 1.0/1.1");
        assertThat(f.get(1).proof()).isEqualTo("[listener HTTPS:443, listener HTTPS:8443]");
        assertThat(f.get(2).proof()).isEmpty();
    }

    @Test
    void refusedLoadBalancerListCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement()
                .extracting(Finding::status).isEqualTo(Status.COULD_NOT_ASSESS);
    }
}
