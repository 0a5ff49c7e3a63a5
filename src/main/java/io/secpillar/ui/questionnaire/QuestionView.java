package io.secpillar.ui.questionnaire;

import io.secpillar.assessment.ReviewEvidence;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.pillar.Choice;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.ChoiceStatus;
import io.secpillar.ui.common.RiskStyles;
import io.secpillar.ui.common.ScrollIntoView;
import io.secpillar.ui.evidence.PracticeEvidencePane;
import io.secpillar.ui.page.Workshop;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The centre of the review: the current question, its best practices, "None of these", "does not apply"
 * and notes. Rebuilt when the question changes; only refreshed (never rebuilt) when its answer changes, so
 * typing and focus are never disturbed. What a key changes is scrolled into view and flashes.
 */
public final class QuestionView {

    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
            .withZone(java.time.ZoneId.systemDefault());

    private final ReviewViewModel model;
    private final Consumer<String> openLink;
    private final Workshop workshop;
    private final ScrollPane scroll = new ScrollPane();
    private final VBox body = new VBox(14);
    private final Label riskBadge = new Label();
    private final Label naBanner = new Label();
    private final Label lastChange = new Label();
    private final VBox top = new VBox(8);
    private final QuestionIntro intro;
    private final Label practicesTitle = ReviewLabels.sectionTitle("Best practices in place", "Tick what is in place · keys 1–9, 0 for none");
    private final List<PracticeRow> rows = new ArrayList<>();
    private final CheckBox none = new CheckBox("None of these");
    private final HBox noneRow;
    private final NotApplicablePane notApplicable;
    private final NotesPane notes;
    private boolean updating;

    public QuestionView(ReviewViewModel model, Consumer<String> openLink, Workshop workshop) {
        this.model = model;
        this.openLink = openLink;
        this.workshop = workshop;
        this.intro = new QuestionIntro(workshop);
        this.notApplicable = new NotApplicablePane(model);
        this.notes = new NotesPane(model);
        this.noneRow = new HBox(10, ReviewLabels.keyHint("0"), none);
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
        ScrollIntoView.followFocus(scroll);
        lastChange.getStyleClass().add("section-hint");
        lastChange.setId("last-change");
        naBanner.getStyleClass().add("na-banner");
        naBanner.setId("question-na-banner");
        naBanner.setWrapText(true);
        none.setId("none-of-these");
        none.getStyleClass().add("none-check");
        noneRow.getStyleClass().add("none-row");
        noneRow.setAlignment(Pos.CENTER_LEFT);
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
        workshop.presentingProperty().addListener((o, was, now) -> showPresenting(now));
        scroll.viewportBoundsProperty().addListener((o, was, now) -> fitIntro());
        rebuild();
    }

    private void rebuild() {
        notes.flush();
        ReviewSnapshot snapshot = model.snapshot();
        LoadedLens lens = snapshot.lens();
        Question q = model.current();

        Label label = new Label(lens.questionLabel(q.id()));
        label.getStyleClass().add("question-label");
        Region metaSpacer = new Region();
        HBox.setHgrow(metaSpacer, Priority.ALWAYS);
        HBox meta = new HBox(10, label, riskBadge, metaSpacer, lastChange);
        meta.setAlignment(Pos.CENTER_LEFT);
        Label title = ReviewLabels.wrapped(q.title(), "question-title");
        title.setId("question-title");
        top.getChildren().setAll(meta, title, naBanner);
        intro.showQuestion(q, lens.guidance().question(q.id()));

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
                    lens.guidance().practice(q.id(), c.id()), new PracticeActions(model, () -> scroll.getScene().getWindow()), openLink, evidencePane);
            rows.add(row);
            practices.getChildren().add(row);
        }
        none.setVisible(q.noneOfThese().isPresent());

        body.getChildren().setAll(top, intro.root(), practicesTitle, practices, noneRow, notApplicable.root(), notes.root());
        notApplicable.showQuestion();
        notes.showQuestion(q.id(), model.currentAnswer().map(Answer::notes).orElse(""));
        showPresenting(workshop.presenting());
        refresh();
        scroll.setVvalue(0);
        Platform.runLater(this::fitIntro);
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
        notes.sync(answer.map(Answer::notes).orElse(""));
        Optional<String> na = answer.flatMap(Answer::notApplicable).map(r -> "Does not apply to this workload · " + r.describe());
        naBanner.setText(na.orElse(""));
        lastChange.setText(answer.filter(a -> !a.changedBy().isBlank())
                .map(a -> "Last changed by " + a.changedBy() + ", " + WHEN.format(a.changedAt())).orElse(""));
        naBanner.setVisible(na.isPresent());
        naBanner.setManaged(na.isPresent());
    }

    /** Presentation mode hides the notes and the evidence details: the room sees the question and the ticks. */
    private void showPresenting(boolean presenting) {
        showNode(notes.root(), !presenting);
        rows.forEach(r -> r.evidencePane().ifPresent(p -> showNode(p, !presenting)));
        Platform.runLater(this::fitIntro);
    }

    private void fitIntro() {
        double width = body.getWidth() - body.getPadding().getLeft() - body.getPadding().getRight();
        intro.fit(scroll.getViewportBounds().getHeight(), width, top.prefHeight(width) + body.getSpacing() * 2,
                practicesTitle.prefHeight(width) + intro.root().getChildren().get(0).prefHeight(-1));
    }

    /** Scrolls the row of a choice (a best practice, or "None of these") into view and flashes it. */
    public void reveal(String choiceId) {
        Node target = rows.stream().filter(r -> r.choiceId().equals(choiceId)).findFirst().map(r -> (Node) r)
                .orElse(noneRow);
        ScrollIntoView.reveal(scroll, target, false);
        ScrollIntoView.flash(target);
    }

    /** Keyboard: focus the notes field. */
    public void focusNotes() {
        if (notes.root().isVisible()) {
            notes.focus();
            ScrollIntoView.reveal(scroll, notes.root(), false);
        }
    }

    /** Keyboard: toggle "does not apply" and move to its reason. */
    public void toggleNotApplicable() {
        notApplicable.toggleFromKeyboard();
        // after the pass that lays out the reason row just shown, so all of it comes into view
        Platform.runLater(() -> ScrollIntoView.reveal(scroll, notApplicable.root(), false));
    }

    /** Keyboard: open or close the guidance of the n-th best practice, and show as much of it as fits. */
    public void toggleGuidance(int n) {
        if (n >= 1 && n <= rows.size()) {
            PracticeRow row = rows.get(n - 1);
            boolean open = row.toggleGuidance();
            ScrollIntoView.reveal(scroll, row, open);
            ScrollIntoView.flash(row);
        }
    }

    /** Keyboard: show or fold the description and workshop tip. */
    public void toggleIntro() {
        intro.toggle();
    }

    /** Saves typed notes now (before closing or switching away). */
    public void flushNotes() {
        notes.flush();
    }

    private static void showNode(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
