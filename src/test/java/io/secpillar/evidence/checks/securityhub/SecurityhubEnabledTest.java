package io.secpillar.evidence.checks.securityhub;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.securityhub.SecurityHubInventory.Hub;
import io.secpillar.evidence.inventory.securityhub.SecurityHubInventory.StandardSubscription;
import io.secpillar.evidence.inventory.securityhub.SecurityHubInventory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityhubEnabledTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private static final Hub HUB = new Hub("arn:aws:securityhub:eu-west-1:111122223333:hub/default", "hub default");
    private static final String FSBP = "arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-"
            + "practices/v/1.0.0";
    private final SecurityhubEnabled check = new SecurityhubEnabled();

    private static SecurityHubInventory hub(Fetched<List<StandardSubscription>> standards) {
        return new SecurityHubInventory(Fetched.ok(Optional.of(HUB), "securityhub:DescribeHub"), Optional.of(standards));
    }

    private static Fetched<List<StandardSubscription>> standards(String status) {
        return Fetched.ok(List.of(new StandardSubscription(FSBP, status, "fsbp " + status)),
                "securityhub:GetEnabledStandards");
    }

    @Test
    void passesWithARunningStandard() {
        assertThat(check.evaluate(hub(standards("READY")), EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.PASS);
            assertThat(f.resourceId()).isEqualTo(HUB.arn());
            assertThat(f.observed()).containsEntry("standards", FSBP);
            assertThat(f.proof()).isEqualTo("DescribeHub: hub default; GetEnabledStandards: [fsbp READY]");
        });
    }

    @Test
    void failsWhenNotSubscribedOrWithoutRunningStandard() {
        var notSubscribed = new SecurityHubInventory(Fetched.ok(Optional.empty(), "securityhub:DescribeHub"),
                Optional.empty());
        assertThat(check.evaluate(notSubscribed, EU).get(0).reason()).contains("not enabled in eu-west-1");
        assertThat(check.evaluate(hub(standards("FAILED")), EU).get(0).status()).isEqualTo(Status.FAIL);
        assertThat(check.evaluate(hub(Fetched.ok(List.of(), "x")), EU).get(0).reason()).contains("runs no standard");
    }

    @Test
    void couldNotAssessWhenTheHubOrItsStandardsAreRefused() {
        var refused = new SecurityHubInventory(Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                "securityhub:DescribeHub", "AccessDeniedException"), Optional.empty());
        assertThat(check.evaluate(refused, EU).get(0).status()).isEqualTo(Status.COULD_NOT_ASSESS);
        var standardsRefused = hub(Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                "securityhub:GetEnabledStandards", ""));
        assertThat(check.evaluate(standardsRefused, EU).get(0).reason()).contains("securityhub:GetEnabledStandards");
    }
}
