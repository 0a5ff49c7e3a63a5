package io.secpillar.evidence.checks.accessanalyzer;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.accessanalyzer.AccessAnalyzerInventory;
import io.secpillar.evidence.inventory.accessanalyzer.AccessAnalyzerInventory.Analyzer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AccessanalyzerEnabledTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private final AccessanalyzerEnabled check = new AccessanalyzerEnabled();

    private static Analyzer analyzer(String name, String type, String status) {
        return new Analyzer("arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/" + name, name, type, status,
                "analyzer " + name);
    }

    private static AccessAnalyzerInventory of(Analyzer... analyzers) {
        return new AccessAnalyzerInventory(Fetched.ok(List.of(analyzers), "access-analyzer:ListAnalyzers"));
    }

    @Test
    void passesWithAnActiveExternalAccessAnalyzer() {
        assertThat(check.evaluate(of(analyzer("unused", "ACCOUNT_UNUSED_ACCESS", "ACTIVE"),
                analyzer("org", "ORGANIZATION", "ACTIVE")), EU)).singleElement().satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.PASS);
                    assertThat(f.resourceId()).endsWith("analyzer/org");
                    assertThat(f.proof()).isEqualTo("ListAnalyzers: [analyzer unused, analyzer org]");
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
