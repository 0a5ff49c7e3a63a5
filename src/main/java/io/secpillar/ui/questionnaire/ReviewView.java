package io.secpillar.ui.questionnaire;

import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.RiskCounts;
import io.secpillar.ui.common.Icons;
import io.secpillar.ui.common.RiskChips;
import io.secpillar.ui.page.Shortcut;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.List;
import java.util.function.Consumer;

/**
 * The review screen: progress and risk counts on top, the questions on the left, the current question in
 * the centre, previous/next below. Owns the review's keyboard shortcuts.
 */
public final class ReviewView {

    private static final Shortcut NOT_APPLICABLE = Shortcut.ctrl(KeyCode.D, "Ctrl+D", "Question does not apply (then choose the reason)");
    private static final Shortcut NOTES = Shortcut.ctrl(KeyCode.E, "Ctrl+E", "Jump to the notes");

    /** The keys {@link #handleKey} reads, as the help dialog lists them. */
    static final List<Shortcut> KEYS = List.of(
            Shortcut.described("Ctrl+→  or  Ctrl+Page Down", "Next question"),
            Shortcut.described("Ctrl+←  or  Ctrl+Page Up", "Previous question"),
            Shortcut.described("1 … 9", "Tick or untick the n-th best practice"),
            Shortcut.described("0", "Tick or untick \"None of these\""),
            Shortcut.described("Shift+1 … 9", "Show or hide the guidance of the n-th best practice"),
            NOT_APPLICABLE,
            NOTES,
            Shortcut.described("Esc", "Leave the notes, back to the question list"),
            Shortcut.described("↑ / ↓ in the question list", "Move between questions"));

    private final ReviewViewModel model;
    private final BorderPane root = new BorderPane();
    private final ListView<Question> questions = new ListView<>();
    private final QuestionView questionView;
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final RiskChips chips = new RiskChips(false);
    private final Label position = new Label();
    private final Label problem = new Label();
    private final Button previous = new Button("Previous", Icons.of(MaterialDesignC.CHEVRON_LEFT));
    private final Button next = new Button("Next", Icons.of(MaterialDesignC.CHEVRON_RIGHT));
    private boolean syncing;

    public ReviewView(ReviewViewModel model, Consumer<String> openLink) {
        this.model = model;
        this.questionView = new QuestionView(model, openLink);
        initializeParts();
        layoutParts();
        bindToModel();
    }

    public BorderPane root() {
        return root;
    }

    public ReviewViewModel model() {
        return model;
    }

    private void initializeParts() {
        root.getStyleClass().add("review");
        questions.setId("question-list");
        questions.getStyleClass().add("question-list");
        questions.getItems().setAll(model.questions());
        questions.setCellFactory(list -> new QuestionListCell(model));
        questions.setPrefWidth(330);
        questions.setMinWidth(260);
        progress.setPrefWidth(180);
        progressText.setId("progress-text");
        problem.getStyleClass().add("problem");
        problem.setId("answer-problem");
        problem.setWrapText(true);
        previous.setId("previous-question");
        next.setId("next-question");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
    }

    private void layoutParts() {
        Label workload = new Label(model.snapshot().workload().name());
        workload.getStyleClass().add("workload-title");
        workload.setId("workload-title");
        Label client = new Label(subtitle());
        client.getStyleClass().add("workload-subtitle");
        VBox names = new VBox(2, workload, client);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox progressBox = new VBox(4, progressText, progress);
        progressBox.setAlignment(Pos.CENTER_LEFT);
        HBox header = new HBox(24, names, spacer, progressBox, chips);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("review-header");

        Region navSpacer = new Region();
        HBox.setHgrow(navSpacer, Priority.ALWAYS);
        Region navSpacer2 = new Region();
        HBox.setHgrow(navSpacer2, Priority.ALWAYS);
        HBox footer = new HBox(12, previous, navSpacer, position, problem, navSpacer2, next);
        footer.setAlignment(Pos.CENTER);
        footer.getStyleClass().add("review-footer");

        BorderPane centre = new BorderPane(questionView.root());
        centre.setBottom(footer);
        root.setTop(header);
        root.setLeft(questions);
        root.setCenter(centre);
    }

    private void bindToModel() {
        model.snapshotProperty().addListener((obs, was, now) -> {
            showCounts();
            questions.refresh();
        });
        model.indexProperty().addListener((obs, was, now) -> showPosition());
        questions.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (!syncing && now.intValue() >= 0) {
                model.show(now.intValue());
            }
        });
        problem.textProperty().bind(model.problemProperty());
        showCounts();
        showPosition();
    }

    private void showCounts() {
        RiskCounts counts = model.counts();
        progressText.setText(counts.answered() + " of " + counts.total() + " answered");
        progress.setProgress(counts.total() == 0 ? 0 : (double) counts.answered() / counts.total());
        chips.show(counts);
    }

    private void showPosition() {
        int i = model.indexProperty().get();
        syncing = true;
        try {
            questions.getSelectionModel().select(i);
            questions.scrollTo(Math.max(0, i - 3));
        } finally {
            syncing = false;
        }
        position.setText("Question " + (i + 1) + " of " + model.questions().size());
        previous.setDisable(i == 0);
        next.setDisable(i == model.questions().size() - 1);
    }

    /** Review shortcuts; returns true when the key was used. Digits only act when no text field has focus. */
    public boolean handleKey(KeyEvent e) {
        boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
        if (e.isShortcutDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN)) {
            model.next();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP)) {
            model.previous();
        } else if (NOTES.matches(e)) {
            questionView.focusNotes();
        } else if (NOT_APPLICABLE.matches(e)) {
            questionView.toggleNotApplicable();
        } else if (e.getCode() == KeyCode.ESCAPE && typing) {
            questionView.flushNotes();
            questions.requestFocus();
        } else if (!typing && !e.isShortcutDown() && e.getCode().isDigitKey()) {
            int n = digit(e.getCode());
            if (e.isShiftDown()) {
                questionView.toggleGuidance(n);
            } else {
                model.toggleByNumber(n);
            }
        } else {
            return false;
        }
        return true;
    }

    public void flushNotes() {
        questionView.flushNotes();
    }

    private String subtitle() {
        var w = model.snapshot().workload();
        String client = w.client().isBlank() ? "" : w.client() + " · ";
        return client + w.environment().label() + " · " + model.snapshot().lens().lens().name();
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }
}
