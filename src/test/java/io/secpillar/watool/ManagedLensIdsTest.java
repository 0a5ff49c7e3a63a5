package io.secpillar.watool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.pillar.BundledLens;
import io.secpillar.pillar.Choice;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every id of our lens against the published facts of the AWS-managed lens's security pillar
 * (security-pillar-facts.json: the WA Tool's question ids and each best practice's page name, which the managed
 * lens uses as its choice id). The "None of these" choice follows the managed lens's own naming,
 * {@code sec_<question>_no}, as the Tool's published answer listings show it.
 */
class ManagedLensIdsTest {

    private static final LoadedLens LENS = BundledLens.load();
    private static final LensIds IDS = LensIds.of(LensMode.MANAGED);

    @Test
    void everyQuestionAndChoiceMapsToTheManagedSecurityPillar() throws Exception {
        JsonNode facts;
        try (InputStream in = getClass().getResourceAsStream("/security-pillar-facts.json")) {
            facts = JsonMapper.builder().build().readTree(in);
        }
        Map<String, Set<String>> managed = new LinkedHashMap<>();
        List<String> managedQuestionOrder = new ArrayList<>();
        for (JsonNode q : facts.get("questions")) {
            String id = q.get("wa_tool_question_id").asText();
            Set<String> choices = new HashSet<>();
            q.get("best_practices").forEach(bp -> choices.add(bp.get("doc_slug").asText()));
            choices.add("sec_" + id.replace('-', '_') + "_no");
            managed.put(id, choices);
            managedQuestionOrder.add(id);
        }

        IdCheck check = IdCheck.of(LENS, IDS, managed);

        assertThat(check.unmapped()).isEmpty();
        assertThat(check.questions()).isEqualTo(11);
        assertThat(check.questionsMapped()).isEqualTo(11);
        assertThat(check.choices()).isEqualTo(74); // 63 best practices + 11 "None of these"
        assertThat(check.choicesMapped()).isEqualTo(74);
        assertThat(LENS.lens().questions().stream().map(q -> IDS.toolQuestionId(q.id())).toList())
                .as("SEC01 … SEC11 in the Tool's order").isEqualTo(managedQuestionOrder);
    }

    @Test
    void bestPracticesKeepTheirIdsAndQuestionIdsSwapUnderscoreForHyphen() {
        Question q = LENS.lens().question("detect_investigate_events").orElseThrow();
        assertThat(IDS.toolQuestionId(q.id())).isEqualTo("detect-investigate-events");
        Choice bp = q.bestPractices().get(0);
        assertThat(IDS.toolChoiceId(q.id(), bp)).isEqualTo("sec_detect_investigate_events_app_service_logging");
        assertThat(IDS.toolChoiceId(q.id(), q.noneOfThese().orElseThrow()))
                .isEqualTo("sec_detect_investigate_events_no");
    }

    @Test
    void theMappingGoesBackToTheSameIds() {
        for (Question q : LENS.lens().questions()) {
            assertThat(IDS.ourQuestionId(IDS.toolQuestionId(q.id()))).isEqualTo(q.id());
            for (Choice c : q.choices()) {
                assertThat(IDS.ourChoiceId(IDS.toolChoiceId(q.id(), c))).isEqualTo(c.id());
            }
        }
    }

    @Test
    void anIdTheWorkloadsLensLacksIsNamedNotSent() {
        Map<String, Set<String>> olderLens = new LinkedHashMap<>();
        for (Question q : LENS.lens().questions()) {
            Set<String> choices = new HashSet<>();
            q.choices().forEach(c -> choices.add(IDS.toolChoiceId(q.id(), c)));
            olderLens.put(IDS.toolQuestionId(q.id()), choices);
        }
        // an earlier edition of the managed lens named SEC05-BP04 differently and had no SEC11
        olderLens.get("network-protection").remove("sec_network_auto_protect");
        olderLens.get("network-protection").add("sec_network_protection_auto_protect");
        olderLens.remove("application-security");

        IdCheck check = IdCheck.of(LENS, IDS, olderLens);

        assertThat(check.questionsMapped()).isEqualTo(10);
        assertThat(check.unmapped()).containsExactly(
                "SEC05-BP04: the WA Tool question network-protection has no choice sec_network_auto_protect",
                "SEC11 application_security: the WA Tool lens has no question application-security");
    }

    @Test
    void ourCustomLensKeepsItsIds() {
        Question q = LENS.lens().questions().get(0);
        assertThat(LensIds.SAME.toolQuestionId(q.id())).isEqualTo(q.id());
        assertThat(LensIds.SAME.toolChoiceId(q.id(), q.noneOfThese().orElseThrow())).isEqualTo("securely_operate_no");
    }
}
