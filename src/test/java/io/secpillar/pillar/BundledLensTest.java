package io.secpillar.pillar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped lens is a valid custom lens and carries every fact of the Security pillar. */
class BundledLensTest {

    private static final LoadedLens LENS = BundledLens.load();

    @Test
    void validatesWithoutErrorsOrWarnings() {
        LensReadResult result = new LensReader().read(LENS.lensJson().getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).isEmpty();
        assertThat(LENS.lensJson().getBytes(StandardCharsets.UTF_8).length).isLessThan(LensReader.MAX_BYTES);
    }

    @Test
    void holdsElevenQuestionsAndSixtyThreeBestPracticesWithTheirFacts() throws Exception {
        JsonNode facts;
        try (InputStream in = getClass().getResourceAsStream("/security-pillar-facts.json")) {
            facts = JsonMapper.builder().build().readTree(in);
        }
        List<Question> questions = LENS.lens().questions();
        assertThat(questions).hasSize(11);
        assertThat(questions.stream().mapToInt(q -> q.bestPractices().size()).sum()).isEqualTo(63);
        for (int i = 0; i < 11; i++) {
            JsonNode fq = facts.get("questions").get(i);
            Question q = questions.get(i);
            assertThat(LENS.questionLabel(q.id())).isEqualTo(fq.get("id").asText());
            assertThat(q.id()).isEqualTo(fq.get("wa_tool_question_id").asText().replace('-', '_'));
            assertThat(q.noneOfThese()).isPresent();
            for (int j = 0; j < fq.get("best_practices").size(); j++) {
                JsonNode fb = fq.get("best_practices").get(j);
                Choice c = q.bestPractices().get(j);
                assertThat(c.id()).isEqualTo(fb.get("doc_slug").asText());
                assertThat(c.title()).isEqualTo(fb.get("title").asText());
                assertThat(LENS.practiceLabel(q.id(), c.id())).isEqualTo(fb.get("id").asText());
                assertThat(LENS.level(q.id(), c.id()).label()).isEqualTo(fb.get("risk").asText());
                assertThat(c.helpfulResource().orElseThrow().url())
                        .isEqualTo(facts.get("docs_base_url").asText() + fb.get("doc_slug").asText() + ".html");
                assertThat(c.improvementPlan().orElseThrow().displayText()).hasSizeGreaterThan(200);
            }
        }
    }

    @Test
    void everyPracticeHasOurWorkshopMaterial() {
        for (Question q : LENS.lens().questions()) {
            assertThat(q.description()).hasSizeGreaterThan(200);
            QuestionGuidance g = LENS.guidance().question(q.id()).orElseThrow();
            assertThat(g.workshopTip()).isNotBlank();
            for (Choice c : q.bestPractices()) {
                PracticeGuidance p = g.practices().get(c.id());
                assertThat(p).as(c.id()).isNotNull();
                assertThat(p.goodLooksLike()).isNotBlank();
                assertThat(p.evidence()).isNotBlank();
                assertThat(p.askTheClient()).hasSizeBetween(2, 4).allMatch(s -> s.endsWith("?"));
                assertThat(c.helpfulResource().orElseThrow().displayText()).hasSizeGreaterThan(150);
            }
        }
    }

    @Test
    void noTwoTextsAreTheSame() {
        Map<String, Integer> seen = new HashMap<>();
        for (Question q : LENS.lens().questions()) {
            for (Choice c : q.bestPractices()) {
                seen.merge(c.improvementPlan().orElseThrow().displayText(), 1, Integer::sum);
                seen.merge(c.helpfulResource().orElseThrow().displayText(), 1, Integer::sum);
            }
        }
        assertThat(seen.values().stream().filter(n -> n > 1).count()).isZero();
    }

    @Test
    void idsFollowTheCustomLensRules() {
        Set<String> questionIds = LENS.lens().questions().stream().map(Question::id).collect(Collectors.toSet());
        assertThat(questionIds).hasSize(11).allMatch(id -> id.matches("[A-Za-z0-9_]{3,128}"));
        for (Question q : LENS.lens().questions()) {
            assertThat(q.title().length()).isLessThanOrEqualTo(128);
            assertThat(q.riskRules()).hasSizeBetween(2, 3);
            assertThat(q.riskRules().get(q.riskRules().size() - 1).condition()).isInstanceOf(Condition.Default.class);
            assertThat(q.riskRules().get(q.riskRules().size() - 1).risk()).isEqualTo(LensRisk.HIGH_RISK);
        }
    }
}
