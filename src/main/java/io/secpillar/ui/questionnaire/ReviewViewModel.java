package io.secpillar.ui.questionnaire;

import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.EvidenceDecisions;
import io.secpillar.assessment.ReviewEvidence;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.pillar.Choice;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.InvalidAnswerException;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.questionnaire.RiskCounts;
import io.secpillar.ui.common.AnswerSaver;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The review being answered: which question is shown, and every edit. An edit is applied to the in-memory
 * snapshot at once (the screen reacts immediately) and handed to the {@link AnswerSaver}, which commits it
 * in the background. Toolkit-free apart from JavaFX properties, so it is tested without a window.
 */
public final class ReviewViewModel {

    private final ObjectProperty<ReviewSnapshot> snapshot;
    private final IntegerProperty index = new SimpleIntegerProperty(0);
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final AnswerHistory history = new AnswerHistory();
    private final AnswerSaver saver;
    private final Supplier<String> actor;
    private final Clock clock;
    private final Consumer<String> rememberQuestion;
    private final ObjectProperty<ReviewEvidence> evidence = new SimpleObjectProperty<>(ReviewEvidence.none());
    private DecisionSink decisions = (kind, questionId, choiceId, runId) -> { };

    /** Records the reviewer's decision on the evidence (in the background; the shell answers with the result). */
    @FunctionalInterface
    public interface DecisionSink {
        void record(EvidenceDecision.Kind kind, String questionId, String choiceId, long runId);
    }

    public ReviewViewModel(ReviewSnapshot snapshot, AnswerSaver saver, Supplier<String> actor, Clock clock,
                           Consumer<String> rememberQuestion) {
        this.snapshot = new SimpleObjectProperty<>(snapshot);
        this.saver = saver;
        this.actor = actor;
        this.clock = clock;
        this.rememberQuestion = rememberQuestion;
    }

    public ReadOnlyObjectProperty<ReviewSnapshot> snapshotProperty() {
        return snapshot;
    }

    public ReadOnlyObjectProperty<ReviewEvidence> evidenceProperty() {
        return evidence;
    }

    public ReviewEvidence evidence() {
        return evidence.get();
    }

    /** A new evidence run (or its decisions) became available. */
    public void setEvidence(ReviewEvidence loaded, DecisionSink sink) {
        this.decisions = sink;
        evidence.set(loaded);
    }

    /** A decision was stored; the row shows where its answer came from. */
    public void decisionRecorded(EvidenceDecision decision) {
        evidence.set(evidence.get().with(decision));
    }

    /** Follows the evidence for a best practice: ticks or unticks it as the evidence says, and records that. */
    public void acceptEvidence(String choiceId) {
        Question q = current();
        String label = snapshot().lens().practiceLabel(q.id(), choiceId);
        evidence.get().forPractice(label).ifPresent(e -> {
            edit(a -> EvidenceDecisions.answerFollowing(a, q, choiceId, e));
            decisions.record(EvidenceDecision.Kind.ACCEPTED, q.id(), choiceId, e.runId());
        });
    }

    /** Keeps the reviewer's own answer against the evidence, and records that. */
    public void overrideEvidence(String choiceId) {
        Question q = current();
        String label = snapshot().lens().practiceLabel(q.id(), choiceId);
        evidence.get().forPractice(label).ifPresent(e ->
                decisions.record(EvidenceDecision.Kind.OVERRIDDEN, q.id(), choiceId, e.runId()));
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index;
    }

    /** The last answering rule that refused an edit, for the reviewer; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** What the last key did that the reviewer may want to know (e.g. ticks "None of these" cleared); no error. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ReviewSnapshot snapshot() {
        return snapshot.get();
    }

    public List<Question> questions() {
        return snapshot().questions();
    }

    public Question current() {
        return questions().get(index.get());
    }

    public Optional<Answer> currentAnswer() {
        return snapshot().answer(current().id());
    }

    public QuestionRisk risk(String questionId) {
        return snapshot().risk(questionId);
    }

    public RiskCounts counts() {
        return snapshot().counts();
    }

    public String questionLabel(Question q) {
        return snapshot().lens().questionLabel(q.id());
    }

    // ---- navigation ----

    public void show(int questionIndex) {
        if (questionIndex >= 0 && questionIndex < questions().size() && questionIndex != index.get()) {
            problem.set("");
            notice.set("");
            index.set(questionIndex);
            rememberQuestion.accept(current().id());
        }
    }

    public void showQuestion(String questionId) {
        for (int i = 0; i < questions().size(); i++) {
            if (questions().get(i).id().equals(questionId)) {
                show(i);
                return;
            }
        }
    }

    public void next() {
        show(index.get() + 1);
    }

    public void previous() {
        show(index.get() - 1);
    }

    // ---- edits ----

    public void setChoice(String choiceId, boolean inPlace) {
        Question q = current();
        edit(a -> a.withChoice(q, choiceId, inPlace));
    }

    /**
     * Toggles the n-th best practice (1-based, as the number keys); 0 toggles "None of these". Returns the choice
     * the key changed, so the view can show it.
     */
    public Optional<String> toggleByNumber(int n) {
        Question q = current();
        Optional<Choice> choice = n == 0 ? q.noneOfThese()
                : (n <= q.bestPractices().size() ? Optional.of(q.bestPractices().get(n - 1)) : Optional.empty());
        choice.ifPresent(c -> setChoice(c.id(), !currentAnswer().map(a -> a.selected().contains(c.id())).orElse(false)));
        return choice.map(Choice::id);
    }

    /** Ctrl+Z: puts back the answer as it was before the last change, on whichever question that was. */
    public boolean undo() {
        return history.undo().map(c -> {
            restore(c.questionId(), c.before().orElseGet(() -> Answer.empty(c.questionId(), clock.instant())));
            notice.set("Undone on " + snapshot().lens().questionLabel(c.questionId()) + ": " + c.what()
                    + " (Ctrl+Shift+Z redoes it)");
            return true;
        }).orElseGet(() -> {
            notice.set("Nothing to undo.");
            return false;
        });
    }

    /** Ctrl+Shift+Z: makes the change undone last again. */
    public boolean redo() {
        return history.redo().map(c -> {
            restore(c.questionId(), c.after());
            notice.set("Redone on " + snapshot().lens().questionLabel(c.questionId()) + ": " + c.what());
            return true;
        }).orElseGet(() -> {
            notice.set("Nothing to redo.");
            return false;
        });
    }

    private void restore(String questionId, Answer content) {
        showQuestion(questionId);
        Answer stamped = content.changed(actor.get(), clock.instant());
        snapshot.set(snapshot().withAnswer(stamped));
        saver.save(snapshot().review().id(), stamped);
    }

    public void setChoiceNotApplicable(String choiceId, Optional<NotApplicable> reason) {
        Question q = current();
        edit(a -> a.withChoiceNotApplicable(q, choiceId, reason));
    }

    public void setNotApplicable(Optional<NotApplicable> reason) {
        edit(a -> a.withNotApplicable(reason));
    }

    public void setNotes(String notes) {
        setNotes(current().id(), notes);
    }

    /** Notes are typed while the reviewer may already move on, so they name their question explicitly. */
    public void setNotes(String questionId, String notes) {
        snapshot().lens().lens().question(questionId).ifPresent(q -> edit(q, a -> a.withNotes(notes)));
    }

    /** Reports a rule the view enforces itself (e.g. "Other" without a text) in the same place as ours. */
    public void reportProblem(String message) {
        problem.set(message);
    }

    private void edit(UnaryOperator<Answer> change) {
        edit(current(), change);
    }

    private void edit(Question q, UnaryOperator<Answer> change) {
        Optional<Answer> stored = snapshot().answer(q.id());
        Answer before = stored.orElseGet(() -> Answer.empty(q.id(), clock.instant()));
        Answer after;
        try {
            after = change.apply(before);
        } catch (InvalidAnswerException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        if (stored.isPresent() && after.sameContentAs(before)) {
            return;
        }
        Answer stamped = after.changed(actor.get(), clock.instant());
        String what = AnswerHistory.describe(snapshot().lens(), q, stored, stamped);
        history.record(new AnswerHistory.Change(q.id(), stored, stamped, what));
        Set<String> cleared = AnswerHistory.labels(snapshot().lens(), q, before.selected(), stamped.selected());
        notice.set(stamped.noneOfTheseSelected(q) && !cleared.isEmpty()
                ? "None of these: unticked " + String.join(", ", cleared) + ". Ctrl+Z brings them back." : "");
        snapshot.set(snapshot().withAnswer(stamped));
        saver.save(snapshot().review().id(), stamped);
    }
}
