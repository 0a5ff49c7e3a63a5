package io.secpillar.evidence.checks.accessanalyzer;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerSummary;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccessanalyzerEnabledTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private final AccessanalyzerEnabled check = new AccessanalyzerEnabled();

    private static AnalyzerSummary analyzer(String name, String type, String status) {
        return AnalyzerSummary.builder().name(name).type(type).status(status)
                .arn("arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/" + name).build();
    }

    private static AccessAnalyzerInventory of(AnalyzerSummary... analyzers) {
        return new AccessAnalyzerInventory(Fetched.ok(List.of(analyzers), "access-analyzer:ListAnalyzers"));
    }

    @Test
    void passesWithAnActiveExternalAccessAnalyzer() {
        assertThat(check.evaluate(of(analyzer("unused", "ACCOUNT_UNUSED_ACCESS", "ACTIVE"),
                analyzer("org", "ORGANIZATION", "ACTIVE")), EU)).singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.PASS);
                    assertThat(f.resourceId()).endsWith("analyzer/org");
                });
    }

    @Test
    void failsWithoutOneOrWhenItIsNotActive() {
        assertThat(check.evaluate(of(), EU).get(0).status()).isEqualTo(Status.FAIL);
        var failed = check.evaluate(of(analyzer("acct", "ACCOUNT", "FAILED"),
                analyzer("unused", "ACCOUNT_UNUSED_ACCESS", "ACTIVE")), EU).get(0);
        assertThat(failed.status()).isEqualTo(Status.FAIL);
        assertThat(failed.reason()).contains("2 analyzer(s)");
    }

    @Test
    void couldNotAssessWhenRefused() {
        var refused = new AccessAnalyzerInventory(Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                "access-analyzer:ListAnalyzers", "AccessDeniedException"));
        assertThat(check.evaluate(refused, EU).get(0).reason()).contains("access-analyzer:ListAnalyzers");
    }
}
