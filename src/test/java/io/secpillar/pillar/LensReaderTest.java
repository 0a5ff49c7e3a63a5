package io.secpillar.pillar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each class of invalid lens gives its own error at its own JSON path, and a valid one reads. */
public class LensReaderTest {

    public static final String VALID = """
            {
              "schemaVersion": "2021-11-01",
              "name": "Small lens",
              "description": "A lens for tests.",
              "pillars": [{
                "id": "sec",
                "name": "Security",
                "questions": [{
                  "id": "q_one",
                  "title": "How do you do it?",
                  "description": "Some words.",
                  "choices": [
                    {"id": "c_high", "title": "High one", "helpfulResource": {"displayText": "Means", "url": "https://example.com/a"},
                     "improvementPlan": {"displayText": "Do it"}},
                    {"id": "c_med", "title": "Medium one", "improvementPlan": {"displayText": "Do that", "url": "https://example.com/b"}},
                    {"id": "q_one_no", "title": "None of these"}
                  ],
                  "riskRules": [
                    {"condition": "c_high && c_med", "risk": "NO_RISK"},
                    {"condition": "c_high", "risk": "MEDIUM_RISK"},
                    {"condition": "default", "risk": "HIGH_RISK"}
                  ]
                }]
              }]
            }
            """;

    private static LensReadResult read(String json) {
        return new LensReader().read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errors(String json) {
        return read(json).errors().stream().map(LensProblem::toString).toList();
    }

    @Test
    void readsAValidLens() {
        LensReadResult result = read(VALID);
        assertThat(result.problems()).isEmpty();
        Lens lens = result.lens().orElseThrow();
        Question q = lens.questions().get(0);
        assertThat(q.bestPractices()).extracting(Choice::id).containsExactly("c_high", "c_med");
        assertThat(q.noneOfThese()).map(Choice::id).contains("q_one_no");
        assertThat(q.riskRules()).extracting(RiskRule::risk)
                .containsExactly(LensRisk.NO_RISK, LensRisk.MEDIUM_RISK, LensRisk.HIGH_RISK);
    }

    @Test
    void syntaxErrorsGiveLineAndColumn() {
        List<String> errors = errors(VALID.replace("\"name\": \"Small lens\",", "\"name\": \"Small lens\""));
        assertThat(errors).singleElement().asString().startsWith("error at $: invalid JSON at line 4, column");
    }

    @Test
    void nanAndDuplicateKeysAreNotJson() {
        assertThat(errors(VALID.replace("\"Small lens\"", "NaN"))).singleElement().asString().contains("invalid JSON");
        assertThat(errors(VALID.replace("\"name\": \"Small lens\",", "\"name\": \"Small lens\", \"name\": \"again\",")))
                .singleElement().asString().contains("Duplicate field 'name'");
    }

    @Test
    void notUtf8AndTooBigAreRefusedBeforeParsing() {
        byte[] latin1 = VALID.replace("A lens for tests.", "Zürich").getBytes(StandardCharsets.ISO_8859_1);
        assertThat(new LensReader().read(latin1).errors()).singleElement().asString().contains("not valid UTF-8");
        byte[] big = new byte[LensReader.MAX_BYTES + 1];
        assertThat(new LensReader().read(big).errors()).singleElement().asString().contains("at most 500000");
    }

    @Test
    void unknownAndMissingFieldsAreReportedWithTheirPath() {
        assertThat(errors(VALID.replace("\"title\": \"How do you do it?\",", "\"titel\": \"How do you do it?\",")))
                .contains("error at $.pillars[0].questions[0].titel: unknown field (expected one of choices, description,"
                        + " helpfulResource, id, riskRules, title)",
                        "error at $.pillars[0].questions[0].title: is required");
        assertThat(read(VALID.replace("\"schemaVersion\"", "\"_note\": \"x\", \"schemaVersion\"")).warnings())
                .singleElement().asString().isEqualTo("warning at $._note: is not part of the lens format and is ignored");
    }

    @Test
    void wrongTypesAndWrongSchemaVersion() {
        assertThat(errors(VALID.replace("\"pillars\": [{", "\"pillars\": {\"x\": [{").replace("}]\n}", "}]}\n}")))
                .contains("error at $.pillars: must be an array, found an object");
        assertThat(errors(VALID.replace("2021-11-01", "2020-01-01")))
                .containsExactly("error at $.schemaVersion: must be \"2021-11-01\", found \"2020-01-01\"");
    }

    @Test
    void duplicateAndMalformedIds() {
        assertThat(errors(VALID.replace("\"id\": \"c_med\"", "\"id\": \"c_high\"")))
                .contains("error at $.pillars[0].questions[0].choices[1].id: duplicate choice id \"c_high\" in this question");
        assertThat(errors(VALID.replace("\"id\": \"q_one\"", "\"id\": \"q-one\"")))
                .contains("error at $.pillars[0].questions[0].id: \"q-one\" must be 3 to 128 characters of letters, digits and _ only");
        String twoQuestions = VALID.replace("\"questions\": [{", "\"questions\": [" + questionBlock() + ", {");
        assertThat(errors(twoQuestions)).contains(
                "error at $.pillars[0].questions[1].id: duplicate question id \"q_one\" (also at $.pillars[0].questions[0])");
    }

    @Test
    void overLongTextsAndTooManyChoices() {
        String longTitle = "x".repeat(129);
        assertThat(errors(VALID.replace("How do you do it?", longTitle)))
                .containsExactly("error at $.pillars[0].questions[0].title: has 129 characters; at most 128 are allowed");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            many.append("{\"id\": \"extra").append(i).append("\", \"title\": \"t\", \"improvementPlan\": {\"displayText\": \"p\"}},");
        }
        assertThat(errors(VALID.replace("\"choices\": [", "\"choices\": [" + many)))
                .contains("error at $.pillars[0].questions[0].choices: has 18 choices besides \"None of these\"; at most 15 are allowed");
    }

    @Test
    void conditionsThatDoNotParseOrNameUnknownChoices() {
        assertThat(errors(VALID.replace("c_high && c_med", "c_high && (c_med")))
                .containsExactly("error at $.pillars[0].questions[0].riskRules[0].condition: does not parse: missing ')' at character 17");
        assertThat(errors(VALID.replace("c_high && c_med", "c_high && c_typo")))
                .containsExactly("error at $.pillars[0].questions[0].riskRules[0].condition: names \"c_typo\", which is not a choice of this question");
    }

    @Test
    void deeplyNestedConditionsAndJsonAreRefusedWithAMessageNotAStackOverflow() {
        String nested = "(".repeat(2000) + "c_high" + ")".repeat(2000);
        assertThat(errors(VALID.replace("c_high && c_med", nested))).singleElement().asString()
                .startsWith("error at $.pillars[0].questions[0].riskRules[0].condition: does not parse: nests '(' and '!'"
                        + " more than 32 levels deep");
        assertThat(errors(VALID.replace("c_high && c_med", "!".repeat(5000) + "c_high"))).singleElement().asString()
                .contains("more than 32 levels deep");
        String deepJson = "[".repeat(5000) + "]".repeat(5000);
        assertThat(errors(deepJson)).containsExactly(
                "error at $: invalid JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)");
    }

    @Test
    void riskRulesNeedOneDefaultAndEachRiskOnce() {
        assertThat(errors(VALID.replace("{\"condition\": \"default\", \"risk\": \"HIGH_RISK\"}", "{\"condition\": \"c_med\", \"risk\": \"HIGH_RISK\"}")))
                .containsExactly("error at $.pillars[0].questions[0].riskRules: needs exactly one rule with the condition \"default\"; it has none");
        assertThat(errors(VALID.replace("\"risk\": \"MEDIUM_RISK\"", "\"risk\": \"NO_RISK\"")))
                .containsExactly("error at $.pillars[0].questions[0].riskRules[1].risk: NO_RISK is used by more than one rule");
        assertThat(errors(VALID.replace("\"risk\": \"MEDIUM_RISK\"", "\"risk\": \"LOW_RISK\"")))
                .containsExactly("error at $.pillars[0].questions[0].riskRules[1].risk: must be HIGH_RISK, MEDIUM_RISK or NO_RISK, found \"LOW_RISK\"");
    }

    @Test
    void improvementPlansAndUrls() {
        assertThat(errors(VALID.replaceAll(",\\s*\"improvementPlan\": \\{\"displayText\": \"Do it\"}", "")))
                .containsExactly("error at $.pillars[0].questions[0].choices[0].improvementPlan: is required for every choice except the \"None of these\" (_no) choice");
        assertThat(errors(VALID.replace("https://example.com/a", "ftp://example.com/a")))
                .containsExactly("error at $.pillars[0].questions[0].choices[0].helpfulResource.url: must start with http:// or https://");
        assertThat(errors(VALID.replace("{\"displayText\": \"Means\", \"url\"", "{\"url\"")))
                .containsExactly("error at $.pillars[0].questions[0].choices[0].helpfulResource.displayText: is required");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        String broken = VALID.replace("2021-11-01", "1").replace("\"id\": \"q_one\"", "\"id\": \"q\"")
                .replace("c_high && c_med", "c_high &&");
        assertThat(errors(broken)).hasSize(3);
    }

    private static String questionBlock() {
        int start = VALID.lastIndexOf('{', VALID.indexOf("\"id\": \"q_one\""));
        int end = VALID.indexOf('}', VALID.indexOf(']', VALID.indexOf("\"riskRules\""))) + 1;
        return VALID.substring(start, end);
    }
}
