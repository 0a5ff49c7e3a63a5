package io.secpillar.assessment.audit;

import io.secpillar.assessment.CanonicalJson;
import io.secpillar.questionnaire.Answer;

import java.util.ArrayList;
import java.util.List;

/** Names what differs between the answer the trail recorded and the one stored: choices, applicability, notes. */
final class AnswerDifference {

    private AnswerDifference() {
    }

    static String describe(String recorded, String stored) {
        if (stored.isEmpty()) {
            return "the stored answer is gone";
        }
        try {
            Answer a = CanonicalJson.parseAnswer(recorded);
            Answer b = CanonicalJson.parseAnswer(stored);
            List<String> parts = new ArrayList<>();
            if (!a.selected().equals(b.selected())) {
                parts.add("the ticked practices");
            }
            if (!a.notApplicable().equals(b.notApplicable()) || !a.choicesNotApplicable().equals(b.choicesNotApplicable())) {
                parts.add("what does not apply");
            }
            if (!a.notes().equals(b.notes())) {
                parts.add("the notes");
            }
            return parts.isEmpty() ? "the stored form" : String.join(", ", parts) + " differ";
        } catch (RuntimeException unreadable) {
            return "the recorded state cannot be read";
        }
    }
}
