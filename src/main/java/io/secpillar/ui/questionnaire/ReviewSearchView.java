package io.secpillar.ui.questionnaire;

import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.ui.common.Icons;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The review's search (Ctrl+K), floating over the question: type, Down to the results, Enter to go there (Enter in
 * the field goes to the first result), Esc to close. Nothing is changed by searching.
 */
final class ReviewSearchView {

    private final VBox root = new VBox(8);
    private final TextField field = new TextField();
    private final ListView<ReviewSearch.Hit> results = new ListView<>();
    private final Label count = new Label();
    private final Supplier<ReviewSnapshot> snapshot;
    private final Consumer<ReviewSearch.Hit> open;
    private final Runnable closed;

    ReviewSearchView(Supplier<ReviewSnapshot> snapshot, Consumer<ReviewSearch.Hit> open, Runnable closed) {
        this.snapshot = snapshot;
        this.open = open;
        this.closed = closed;
        root.setId("review-search");
        root.getStyleClass().add("floating-panel");
        root.setMaxWidth(Region.USE_PREF_SIZE);
        root.setMaxHeight(Region.USE_PREF_SIZE);
        field.setId("review-search-field");
        field.setPromptText("Search questions, best practices and notes   (Down: results · Enter: go · Esc: close)");
        results.setId("review-search-results");
        results.setPlaceholder(new Label("Type a word of a question, a best practice (SEC03-BP02) or your notes."));
        results.setCellFactory(l -> new HitCell());
        count.getStyleClass().add("section-hint");
        Label title = new Label("Search the review", Icons.of(MaterialDesignM.MAGNIFY));
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, title, spacer, count);
        top.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(top, field, results);
        field.textProperty().addListener((o, was, now) -> search(now));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKey);
        results.addEventFilter(KeyEvent.KEY_PRESSED, this::listKey);
        results.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                go(results.getSelectionModel().getSelectedItem());
            }
        });
        hide();
    }

    VBox root() {
        return root;
    }

    boolean isShowing() {
        return root.isVisible();
    }

    void show() {
        root.setVisible(true);
        root.setManaged(true);
        search(field.getText());
        field.requestFocus();
        field.selectAll();
    }

    void hide() {
        boolean was = root.isVisible();
        root.setVisible(false);
        root.setManaged(false);
        if (was) {
            closed.run();
        }
    }

    private void search(String query) {
        results.getItems().setAll(ReviewSearch.find(snapshot.get(), query));
        results.getSelectionModel().selectFirst();
        int n = results.getItems().size();
        count.setText(query == null || query.isBlank() ? "" : n == 0 ? "nothing found"
                : n + (n == ReviewSearch.LIMIT ? "+" : "") + (n == 1 ? " result" : " results"));
    }

    private void fieldKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
            results.requestFocus();
            if (results.getSelectionModel().isEmpty()) {
                results.getSelectionModel().selectFirst();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            go(results.getSelectionModel().getSelectedItem());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            hide();
            e.consume();
        }
    }

    private void listKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
            go(results.getSelectionModel().getSelectedItem());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            hide();
            e.consume();
        } else if (e.getCode() == KeyCode.UP && results.getSelectionModel().getSelectedIndex() <= 0) {
            field.requestFocus();
            e.consume();
        }
    }

    private void go(ReviewSearch.Hit hit) {
        if (hit != null) {
            hide();
            open.accept(hit);
        }
    }

    private static final class HitCell extends ListCell<ReviewSearch.Hit> {
        @Override
        protected void updateItem(ReviewSearch.Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label label = new Label(hit.label(), Icons.of(switch (hit.kind()) {
                case QUESTION -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
                case PRACTICE -> MaterialDesignC.CHECKBOX_MARKED_OUTLINE;
                case NOTES -> MaterialDesignN.NOTE_TEXT_OUTLINE;
            }, 16));
            label.getStyleClass().add("search-hit-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(hit.text());
            text.setWrapText(true);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(12, label, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPrefWidth(0);
            row.setMinWidth(0);
            setGraphic(row);
            setText(null);
        }
    }
}
