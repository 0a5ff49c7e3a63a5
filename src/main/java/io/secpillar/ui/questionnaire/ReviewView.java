package io.secpillar.ui.questionnaire;

import io.secpillar.pillar.Question;
import io.secpillar.ui.page.Shortcut;
import io.secpillar.ui.page.Workshop;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.function.Consumer;

/**
 * The review screen: progress and risk counts on top, the questions on the left, the current question in
 * the centre, previous/next below, and the search (Ctrl+K) floating over it. Owns the review's keyboard shortcuts.
 */
public final class ReviewView {

    private static final Shortcut NOT_APPLICABLE = Shortcut.ctrl(KeyCode.D, "Ctrl+D", "Question does not apply (then choose the reason)");
    private static final Shortcut NOTES = Shortcut.ctrl(KeyCode.E, "Ctrl+E", "Jump to the notes (Tab or Esc leaves them)");
    private static final Shortcut SEARCH = Shortcut.ctrl(java.util.Set.of(KeyCode.K, KeyCode.F), "Ctrl+K  or  Ctrl+F",
            "Search questions, best practices and notes (↓ to the results, Enter goes there)");
    private static final Shortcut REDO = new Shortcut("Ctrl+Shift+Z  or  Ctrl+Y", "Redo",
            e -> e.isShortcutDown() && (e.isShiftDown() && e.getCode() == KeyCode.Z || e.getCode() == KeyCode.Y));
    private static final Shortcut UNDO = new Shortcut("Ctrl+Z", "Undo the last answer change, on any question",
            e -> e.isShortcutDown() && !e.isShiftDown() && e.getCode() == KeyCode.Z);
    private static final Shortcut INTRO = Shortcut.ctrl(KeyCode.I, "Ctrl+I", "Show or fold the question's description and tip");
    private static final Shortcut TIMER = Shortcut.ctrl(KeyCode.T, "Ctrl+T", "Question timer on / off (15 minutes a question)");

    /** The keys {@link #handleKey} reads, as the help dialog lists them. */
    static final List<Shortcut> KEYS = List.of(
            Shortcut.described("Ctrl+→  or  Ctrl+Page Down", "Next question (Page Down in presentation mode)"),
            Shortcut.described("Ctrl+←  or  Ctrl+Page Up", "Previous question (Page Up in presentation mode)"),
            Shortcut.described("1 … 9", "Tick or untick the n-th best practice"),
            Shortcut.described("0", "Tick or untick \"None of these\" (Ctrl+Z brings cleared ticks back)"),
            Shortcut.described("Shift+1 … 9", "Show or hide the guidance of the n-th best practice"),
            UNDO, REDO, SEARCH, INTRO, NOT_APPLICABLE, NOTES, TIMER,
            Shortcut.described("Esc", "Leave the notes or the search, back to the question list"),
            Shortcut.described("↑ / ↓ in the question list", "Move between questions"));

    /** Below this width (in letters of the current size) the question list is folded away. */
    private static final double NARROW_EMS = 62;

    private final ReviewViewModel model;
    private final Workshop workshop;
    private final StackPane root = new StackPane();
    private final BorderPane review = new BorderPane();
    private final ListView<Question> questions = new ListView<>();
    private final QuestionView questionView;
    private final ReviewHeader header;
    private final ReviewFooter footer;
    private final ReviewSearchView search;
    private boolean syncing;

    public ReviewView(ReviewViewModel model, Consumer<String> openLink, Workshop workshop) {
        this.model = model;
        this.workshop = workshop;
        this.questionView = new QuestionView(model, openLink, workshop);
        this.header = new ReviewHeader(model.snapshot().workload(), model.snapshot().lens().lens().name());
        this.footer = new ReviewFooter(model, workshop);
        this.search = new ReviewSearchView(model::snapshot, this::open, questions::requestFocus);
        initializeParts();
        layoutParts();
        bindToModel();
    }

    public StackPane root() {
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
    }

    private void layoutParts() {
        BorderPane centre = new BorderPane(questionView.root());
        centre.setBottom(footer.root());
        review.setTop(header.root());
        review.setLeft(questions);
        review.setCenter(centre);
        StackPane.setAlignment(search.root(), Pos.TOP_CENTER);
        StackPane.setMargin(search.root(), new Insets(60, 24, 24, 24));
        root.getChildren().addAll(review, search.root());
    }

    private void bindToModel() {
        model.snapshotProperty().addListener((obs, was, now) -> {
            header.show(model.counts());
            questions.refresh();
        });
        model.indexProperty().addListener((obs, was, now) -> showPosition());
        questions.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (!syncing && now.intValue() >= 0) {
                model.show(now.intValue());
            }
        });
        workshop.presentingProperty().addListener((o, was, now) -> showQuestionList());
        review.widthProperty().addListener((o, was, now) -> showQuestionList());
        // the font changes while CSS is applied: the scene graph may not change until that pass is over
        header.fontProperty().addListener((o, was, now) -> Platform.runLater(this::showQuestionList));
        header.show(model.counts());
        showPosition();
    }

    /**
     * The question list gives way to the question when there is no room for both (presentation mode, or a window
     * under about 60 letters wide at the chosen zoom): Ctrl+Page Up / Down and Ctrl+K still reach every question.
     */
    private void showQuestionList() {
        boolean narrow = review.getWidth() > 0 && review.getWidth() < NARROW_EMS * header.fontPixels();
        boolean shown = !workshop.presenting() && !narrow;
        if ((review.getLeft() != null) != shown) {
            review.setLeft(shown ? questions : null);
        }
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
        footer.showPosition(i, model.questions().size());
    }

    /** Review shortcuts; returns true when the key was used. Digits only act when no text field has focus. */
    public boolean handleKey(KeyEvent e) {
        boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
        boolean presenting = workshop.presenting();
        if (search.isShowing() && e.getCode() != KeyCode.ESCAPE) {
            return false;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.PAGE_DOWN)
                || presenting && !typing && e.getCode() == KeyCode.PAGE_DOWN) {
            model.next();
        } else if (e.isShortcutDown() && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.PAGE_UP)
                || presenting && !typing && e.getCode() == KeyCode.PAGE_UP) {
            model.previous();
        } else if (REDO.matches(e) && !typing) {
            questionView.flushNotes();
            model.redo();
        } else if (UNDO.matches(e) && !typing) {
            questionView.flushNotes();
            model.undo();
        } else if (SEARCH.matches(e)) {
            questionView.flushNotes();
            search.show();
        } else if (INTRO.matches(e)) {
            questionView.toggleIntro();
        } else if (TIMER.matches(e)) {
            workshop.timerOnProperty().set(!workshop.timerOnProperty().get());
        } else if (NOTES.matches(e)) {
            questionView.focusNotes();
        } else if (NOT_APPLICABLE.matches(e)) {
            questionView.toggleNotApplicable();
        } else if (e.getCode() == KeyCode.ESCAPE && search.isShowing()) {
            search.hide();
        } else if (e.getCode() == KeyCode.ESCAPE && typing) {
            questionView.flushNotes();
            questions.requestFocus();
        } else if (!typing && !e.isShortcutDown() && !e.isAltDown() && e.getCode().isDigitKey()) {
            int n = digit(e.getCode());
            if (e.isShiftDown()) {
                questionView.toggleGuidance(n);
            } else {
                model.toggleByNumber(n).ifPresent(questionView::reveal);
            }
        } else {
            return false;
        }
        return true;
    }

    /** Goes where a search result leads: its question, and the best practice or the notes in it. */
    private void open(ReviewSearch.Hit hit) {
        model.showQuestion(hit.questionId());
        Platform.runLater(() -> {
            switch (hit.kind()) {
                case PRACTICE -> hit.choiceId().ifPresent(questionView::reveal);
                case NOTES -> questionView.focusNotes();
                case QUESTION -> questions.requestFocus();
            }
        });
    }

    public void flushNotes() {
        questionView.flushNotes();
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        return Character.getNumericValue(name.charAt(name.length() - 1));
    }
}
