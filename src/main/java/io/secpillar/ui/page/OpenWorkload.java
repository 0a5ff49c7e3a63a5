package io.secpillar.ui.page;

import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The workload open in the window, as its pages share it: the review as it was read when it was opened, where the
 * reviewer left off, and a signal that its evidence changed (a scan finished) for pages that show evidence.
 */
public final class OpenWorkload {

    private final ReviewSnapshot snapshot;
    private final Optional<String> lastQuestion;
    private final Consumer<String> rememberQuestion;
    private final IntegerProperty evidenceChanges = new SimpleIntegerProperty();

    public OpenWorkload(ReviewSnapshot snapshot, Optional<String> lastQuestion, Consumer<String> rememberQuestion) {
        this.snapshot = snapshot;
        this.lastQuestion = lastQuestion;
        this.rememberQuestion = rememberQuestion;
    }

    public Workload workload() {
        return snapshot.workload();
    }

    public long id() {
        return workload().id();
    }

    public ReviewSnapshot snapshot() {
        return snapshot;
    }

    /** The question the reviewer was on when the workload was last closed. */
    public Optional<String> lastQuestion() {
        return lastQuestion;
    }

    /** Remembers the question on screen, so the next start reopens it. */
    public void rememberQuestion(String questionId) {
        rememberQuestion.accept(questionId);
    }

    /** Counts up each time the workload's stored evidence changed; listen to it to read the evidence again. */
    public ReadOnlyIntegerProperty evidenceChangesProperty() {
        return evidenceChanges;
    }

    public void evidenceChanged() {
        evidenceChanges.set(evidenceChanges.get() + 1);
    }
}
