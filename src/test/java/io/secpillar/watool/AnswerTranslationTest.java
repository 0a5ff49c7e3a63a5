package io.secpillar.watool;

import io.secpillar.pillar.BundledLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.NotApplicableReason;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTranslationTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    static final Question Q = BundledLens.load().lens().question("permissions").orElseThrow();
    static final LensIds IDS = LensIds.of(LensMode.MANAGED);

    static Set<String> allToolChoices() {
        Set<String> ids = new HashSet<>();
        Q.choices().forEach(c -> ids.add(IDS.toolChoiceId(Q.id(), c)));
        return ids;
    }

    static Answer answer() {
        return Answer.empty(Q.id(), AT)
                .withChoice(Q, "sec_permissions_define", true)
                .withChoice(Q, "sec_permissions_least_privileges", true)
                .withChoiceNotApplicable(Q, "sec_permissions_share_securely_third_party",
                        Optional.of(new NotApplicable(NotApplicableReason.OUT_OF_SCOPE, "No third parties")))
                .withNotes("Roles per team; SCPs in place.");
    }

    @Test
    void selectedAndNotApplicablePracticesBecomeSelectedChoicesAndChoiceUpdates() {
        WaAnswer wa = AnswerTranslation.toTool(Q, answer(), IDS, allToolChoices());

        assertThat(wa.questionId()).isEqualTo("permissions");
        assertThat(wa.selectedChoices()).containsExactly("sec_permissions_define", "sec_permissions_least_privileges");
        assertThat(wa.choices()).hasSize(Q.bestPractices().size());
        assertThat(wa.choices().get("sec_permissions_share_securely_third_party")).isEqualTo(new WaChoiceState(
                "NOT_APPLICABLE", Optional.of("OUT_OF_SCOPE"), "No third parties"));
        assertThat(wa.choices().get("sec_permissions_define").status()).isEqualTo("SELECTED");
        assertThat(wa.choices().get("sec_permissions_lifecycle").status()).isEqualTo("UNSELECTED");
        assertThat(wa.applicable()).isTrue();
        assertThat(wa.reason()).contains("NONE");
        assertThat(wa.notes()).isEqualTo("Roles per team; SCPs in place.");
    }

    @Test
    void aQuestionThatDoesNotApplyCarriesItsReasonAndItsTextLeadsTheNotes() {
        Answer a = answer().withNotApplicable(Optional.of(new NotApplicable(NotApplicableReason.OTHER,
                "Managed by the parent company")));

        WaAnswer wa = AnswerTranslation.toTool(Q, a, IDS, allToolChoices());

        assertThat(wa.applicable()).isFalse();
        assertThat(wa.reason()).contains("OTHER");
        assertThat(wa.notes()).isEqualTo("Not applicable: Managed by the parent company\n\nRoles per team; SCPs in place.");
        Answer back = AnswerTranslation.fromTool(Q, wa, IDS, "me", AT, new ArrayList<>());
        assertThat(back.sameContentAs(a)).as("round trip").isTrue();
    }

    @Test
    void noneOfTheseUsesTheManagedLensId() {
        Answer a = Answer.empty(Q.id(), AT).withChoice(Q, "permissions_no", true);

        WaAnswer wa = AnswerTranslation.toTool(Q, a, IDS, allToolChoices());

        assertThat(wa.selectedChoices()).containsExactly("sec_permissions_no");
        assertThat(AnswerTranslation.fromTool(Q, wa, IDS, "me", AT, new ArrayList<>()).selected())
                .containsExactly("permissions_no");
    }

    @Test
    void notesOverTheToolsLimitAreCutWithAVisibleMarker() {
        Answer a = Answer.empty(Q.id(), AT).withNotes("x".repeat(Answer.MAX_NOTES))
                .withNotApplicable(Optional.of(new NotApplicable(NotApplicableReason.ARCHITECTURE_CONSTRAINTS,
                        "Legacy platform")));

        WaAnswer wa = AnswerTranslation.toTool(Q, a, IDS, allToolChoices());

        assertThat(wa.notes()).hasSize(NotesCut.TOOL_MAX).endsWith(NotesCut.MARKER)
                .startsWith("Not applicable: Legacy platform\n\nxxx");
        assertThat(a.notes()).hasSize(Answer.MAX_NOTES); // ours keeps the whole text
    }

    @Test
    void choicesTheToolLacksAreLeftOut() {
        Set<String> older = allToolChoices();
        older.remove("sec_permissions_least_privileges");

        WaAnswer wa = AnswerTranslation.toTool(Q, answer(), IDS, older);

        assertThat(wa.selectedChoices()).containsExactly("sec_permissions_define");
        assertThat(wa.choices()).doesNotContainKey("sec_permissions_least_privileges");
    }

    @Test
    void aToolAnswerWithoutReasonOrWithUnknownChoicesIsReadWithAPlainSentence() {
        WaAnswer wa = new WaAnswer("permissions", List.of("sec_permissions_define", "sec_permissions_retired_one"),
                Map.of("sec_permissions_lifecycle", new WaChoiceState("NOT_APPLICABLE", Optional.of("NONE"), "")),
                false, Optional.of("NONE"), "Decided in the console.");
        List<String> skipped = new ArrayList<>();

        Answer a = AnswerTranslation.fromTool(Q, wa, IDS, "me", AT, skipped);

        assertThat(a.selected()).containsExactly("sec_permissions_define");
        assertThat(a.choicesNotApplicable().get("sec_permissions_lifecycle"))
                .isEqualTo(new NotApplicable(NotApplicableReason.OTHER, AnswerTranslation.NO_REASON_GIVEN));
        assertThat(a.notApplicable()).contains(new NotApplicable(NotApplicableReason.OTHER,
                AnswerTranslation.NO_REASON_GIVEN));
        assertThat(a.notes()).isEqualTo("Decided in the console.");
        assertThat(skipped).containsExactly("choice sec_permissions_retired_one of permissions is not in the"
                + " workbench's lens");
    }
}
