package io.secpillar.evidence.aws.accessanalyzer;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.accessanalyzer.AccessanalyzerEnabled;
import io.secpillar.evidence.inventory.accessanalyzer.AccessAnalyzerInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** IAM Access Analyzer over its REST-JSON wire format (GET /analyzer?nextToken=…). */
class AccessAnalyzerCollectorWireTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private static String analyzer(String name, String type) {
        return "{\"arn\":\"arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/" + name + "\",\"name\":\""
                + name + "\",\"type\":\"" + type + "\",\"createdAt\":\"2024-06-01T08:30:00Z\","
                + "\"lastResourceAnalyzed\":\"arn:aws:s3:::reports\",\"lastResourceAnalyzedAt\":\"2026-02-28T23:10:00Z\","
                + "\"tags\":{},\"status\":\"ACTIVE\"}";
    }

    @Test
    void findsTheExternalAccessAnalyzerOnTheSecondPage() {
        aws.rest("GET", "/analyzer", "{\"analyzers\":[" + analyzer("unused-access", "ACCOUNT_UNUSED_ACCESS")
                + "],\"nextToken\":\"an-2\"}");
        aws.restPage("GET", "/analyzer", "nextToken", "an-2", "{\"analyzers\":[" + analyzer("org-external",
                "ORGANIZATION") + "]}");

        AccessAnalyzerInventory inventory = new AccessAnalyzerCollector().collect(aws.clients(), EU);

        assertThat(inventory.analyzers().value()).hasSize(2);
        assertThat(inventory.analyzers().value().get(1).proof()).startsWith("AnalyzerSummary(")
                .contains("Name=org-external", "Type=ORGANIZATION", "Status=ACTIVE");
        assertThat(new AccessanalyzerEnabled().evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.PASS);
            assertThat(f.resourceId()).endsWith("analyzer/org-external");
        });
    }

    @Test
    void aRefusedListNamesThePermission() {
        aws.restError("GET", "/analyzer", 403, "AccessDeniedException", "User is not authorized to perform: "
                + "access-analyzer:ListAnalyzers");

        var finding = new AccessanalyzerEnabled().evaluate(new AccessAnalyzerCollector().collect(aws.clients(), EU),
                EU).get(0);

        assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(finding.reason()).contains("lacks the permission access-analyzer:ListAnalyzers");
    }
}
