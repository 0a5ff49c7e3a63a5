package io.secpillar.ui.questionnaire;

import io.secpillar.assessment.ReviewEvidence;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.ui.evidence.PracticeEvidencePane;
import io.secpillar.pillar.Choice;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.pillar.QuestionGuidance;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.ChoiceStatus;
import io.secpillar.ui.common.Icons;
import io.secpillar.ui.common.RiskStyles;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The centre of the review: the current question, its best practices, "None of these", "does not apply"
 * and notes. Rebuilt when the question changes; only refreshed (never rebuilt) when its answer changes, so
 * typing and focus are never disturbed.
 */
public final class QuestionView {

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
            .withZone(java.time.ZoneId.systemDefault());

    private final ReviewViewModel model;
    private final Consumer<String> openLink;
    private final ScrollPane scroll = new ScrollPane();
    private final VBox body = new VBox(14);
    private final Label riskBadge = new Label();
    private final Label naBanner = new Label();
    private final Label lastChange = new Label();
    private final List<PracticeRow> rows = new ArrayList<>();
    private final CheckBox none = new CheckBox("None of these");
    private final NotApplicablePane notApplicable;
    private final NotesPane notes;
    private boolean updating;

    public QuestionView(ReviewViewModel model, Consumer<String> openLink) {
        this.model = model;
        this.openLink = openLink;
        this.notApplicable = new NotApplicablePane(model);
        this.notes = new NotesPane(model);
        initializeParts();
        bindToModel();
    }

    public ScrollPane root() {
        return scroll;
    }

    private void initializeParts() {
        body.getStyleClass().add("question-body");
        scroll.setContent(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("question-scroll");
        lastChange.getStyleClass().add("section-hint");
        lastChange.setId("last-change");
        naBanner.getStyleClass().add("na-banner");
        naBanner.setId("question-na-banner");
        naBanner.setWrapText(true);
        none.setId("none-of-these");
        none.getStyleClass().add("none-check");
        none.selectedProperty().addListener((obs, was, now) -> {
            if (!updating) {
                model.current().noneOfThese().ifPresent(c -> model.setChoice(c.id(), now));
            }
        });
    }

    private void bindToModel() {
        model.indexProperty().addListener((obs, was, now) -> rebuild());
        model.snapshotProperty().addListener((obs, was, now) -> refresh());
        model.evidenceProperty().addListener((obs, was, now) -> {
            if (!was.run().equals(now.run())) {
                rebuild();
            } else {
                String q = model.current().id();
                rows.forEach(r -> r.evidencePane().ifPresent(p -> p.showDecision(now.decision(q, r.choiceId()))));
            }
        });
        rebuild();
    }

    private void rebuild() {
        notes.flush();
        ReviewSnapshot snapshot = model.snapshot();
        LoadedLens lens = snapshot.lens();
        Question q = model.current();
        Optional<QuestionGuidance> guidance = lens.guidance().question(q.id());

        Label label = new Label(lens.questionLabel(q.id()));
        label.getStyleClass().add("question-label");
        Region metaSpacer = new Region();
        HBox.setHgrow(metaSpacer, javafx.scene.layout.Priority.ALWAYS);
        HBox meta = new HBox(10, label, riskBadge, metaSpacer, lastChange);
        meta.setAlignment(Pos.CENTER_LEFT);
        Label title = wrapped(q.title(), "question-title");
        title.setId("question-title");
        VBox header = new VBox(8, meta, title, naBanner);
        if (!q.description().isBlank()) {
            header.getChildren().add(wrapped(q.description(), "question-description"));
        }
        guidance.map(QuestionGuidance::workshopTip).filter(t -> !t.isBlank()).ifPresent(tip -> {
            Label tipLabel = wrapped(tip, "workshop-tip-text");
            HBox box = new HBox(10, Icons.of(MaterialDesignL.LIGHTBULB_ON_OUTLINE, 20), tipLabel);
            box.getStyleClass().add("workshop-tip");
            header.getChildren().add(box);
        });

        rows.clear();
        VBox practices = new VBox(8);
        practices.getStyleClass().add("practices");
        List<Choice> bestPractices = q.bestPractices();
        for (int i = 0; i < bestPractices.size(); i++) {
            Choice c = bestPractices.get(i);
            String practiceLabel = lens.practiceLabel(q.id(), c.id());
            ReviewEvidence evidence = model.evidence();
            Optional<PracticeEvidencePane> evidencePane = evidence.forPractice(practiceLabel).map(e ->
                    new PracticeEvidencePane(e, evidence.decision(q.id(), c.id()),
                            () -> model.acceptEvidence(c.id()), () -> model.overrideEvidence(c.id())));
            PracticeRow row = new PracticeRow(i + 1, c, practiceLabel, lens.level(q.id(), c.id()),
                    lens.guidance().practice(q.id(), c.id()), rowActions(), openLink, evidencePane);
            rows.add(row);
            practices.getChildren().add(row);
        }
        Label practicesTitle = sectionTitle("Best practices in place", "Tick what is in place · keys 1–9, 0 for none");
        HBox noneRow = new HBox(10, keyHint("0"), none);
        noneRow.getStyleClass().add("none-row");
        noneRow.setAlignment(Pos.CENTER_LEFT);
        none.setVisible(q.noneOfThese().isPresent());

        body.getChildren().setAll(header, practicesTitle, practices, noneRow, notApplicable.root(), notes.root());
        notApplicable.showQuestion();
        notes.showQuestion(q.id(), model.currentAnswer().map(Answer::notes).orElse(""));
        refresh();
        scroll.setVvalue(0);
    }

    private void refresh() {
        Question q = model.current();
        Optional<Answer> answer = model.currentAnswer();
        RiskStyles.apply(riskBadge, model.risk(q.id()));
        riskBadge.setId("question-risk");
        boolean questionNa = answer.flatMap(Answer::notApplicable).isPresent();
        updating = true;
        try {
            for (PracticeRow row : rows) {
                ChoiceStatus status = answer.map(a -> a.statusOf(row.choiceId())).orElse(ChoiceStatus.UNSELECTED);
                row.show(status, answer.map(a -> a.choicesNotApplicable().get(row.choiceId())), questionNa);
            }
            none.setSelected(answer.map(a -> a.noneOfTheseSelected(q)).orElse(false));
            none.setDisable(questionNa);
        } finally {
            updating = false;
        }
        notApplicable.refresh(answer);
        Optional<String> na = answer.flatMap(Answer::notApplicable).map(r -> "Does not apply to this workload · " + r.describe());
        naBanner.setText(na.orElse(""));
        lastChange.setText(answer.filter(a -> !a.changedBy().isBlank())
                .map(a -> "Last changed by " + a.changedBy() + ", " + WHEN.format(a.changedAt())).orElse(""));
        naBanner.setVisible(na.isPresent());
        naBanner.setManaged(na.isPresent());
    }

    private PracticeRow.Actions rowActions() {
        return new PracticeRow.Actions() {
            @Override
            public void setInPlace(String choiceId, boolean inPlace) {
                model.setChoice(choiceId, inPlace);
            }

            @Override
            public void markNotApplicable(String choiceId) {
                Question q = model.current();
                Choice c = q.choice(choiceId).orElseThrow();
                NotApplicableDialog.ask(scroll.getScene().getWindow(), model.snapshot().lens().practiceLabel(q.id(), choiceId),
                        c.title()).ifPresent(reason -> model.setChoiceNotApplicable(choiceId, Optional.of(reason)));
            }

            @Override
            public void clearNotApplicable(String choiceId) {
                model.setChoiceNotApplicable(choiceId, Optional.empty());
            }
        };
    }

    /** Keyboard: focus the notes field. */
    public void focusNotes() {
        scroll.layout();
        scroll.setVvalue(scroll.getVmax());
        notes.focus();
    }

    /** Keyboard: toggle "does not apply" and move to its reason. */
    public void toggleNotApplicable() {
        scroll.layout();
        scroll.setVvalue(scroll.getVmax());
        notApplicable.toggleFromKeyboard();
    }

    /** Keyboard: open or close the guidance of the n-th best practice. */
    public void toggleGuidance(int n) {
        if (n >= 1 && n <= rows.size()) {
            rows.get(n - 1).toggleGuidance();
        }
    }

    /** Saves typed notes now (before closing or switching away). */
    public void flushNotes() {
        notes.flush();
    }

    static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    static Label sectionTitle(String title, String hint) {
        Label label = new Label(title);
        label.getStyleClass().add("section-title");
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().add("section-hint");
            label.setGraphic(h);
            label.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            label.setGraphicTextGap(14);
        }
        return label;
    }

    private static Label keyHint(String key) {
        Label label = new Label(key);
        label.getStyleClass().add("key-hint");
        return label;
    }
}
