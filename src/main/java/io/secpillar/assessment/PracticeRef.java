package io.secpillar.assessment;

import io.secpillar.pillar.Choice;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.PracticeLevel;
import io.secpillar.pillar.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A best practice of a lens, named both ways: by its ids and by the label people read (SEC10-BP01). */
public record PracticeRef(String questionId, String choiceId, String label, String title, PracticeLevel level) {

    /** Every best practice of the lens ("None of these" excluded), in lens order. */
    public static List<PracticeRef> all(LoadedLens lens) {
        List<PracticeRef> refs = new ArrayList<>();
        for (Question q : lens.lens().questions()) {
            for (Choice c : q.bestPractices()) {
                refs.add(new PracticeRef(q.id(), c.id(), lens.practiceLabel(q.id(), c.id()), c.title(),
                        lens.level(q.id(), c.id())));
            }
        }
        return refs;
    }

    /** The practice with this label (case-insensitive, e.g. "sec10-bp01"). */
    public static Optional<PracticeRef> find(LoadedLens lens, String label) {
        String wanted = label == null ? "" : label.strip().toUpperCase(Locale.ROOT);
        return all(lens).stream().filter(p -> p.label().toUpperCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public static Optional<PracticeRef> of(LoadedLens lens, String questionId, String choiceId) {
        return all(lens).stream().filter(p -> p.questionId().equals(questionId) && p.choiceId().equals(choiceId))
                .findFirst();
    }

    public String key() {
        return questionId + "/" + choiceId;
    }
}
