package io.secpillar.ui.questionnaire;

import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.ui.common.Icons;
import io.secpillar.ui.common.RiskStyles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** A question in the left-hand list: label, title, answered mark and risk badge. */
final class QuestionListCell extends ListCell<Question> {

    private final ReviewViewModel model;
    private final Label label = new Label();
    private final Label title = new Label();
    private final Label badge = new Label();
    private final FontIcon answered = Icons.of(MaterialDesignC.CHECK_CIRCLE, 16);
    private final FontIcon open = Icons.of(MaterialDesignC.CIRCLE_OUTLINE, 16);
    private final HBox root;

    QuestionListCell(ReviewViewModel model) {
        this.model = model;
        label.getStyleClass().add("nav-label");
        title.getStyleClass().add("nav-title");
        title.setWrapText(true);
        answered.getStyleClass().add("answered-icon");
        open.getStyleClass().add("open-icon");
        VBox text = new VBox(2, label, title);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        text.setPrefWidth(0);
        VBox right = new VBox(6, badge);
        right.setAlignment(Pos.TOP_RIGHT);
        root = new HBox(10, text, right);
        root.getStyleClass().add("nav-cell");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Question q, boolean empty) {
        super.updateItem(q, empty);
        if (empty || q == null) {
            setGraphic(null);
            setText(null);
            setId(null);
            return;
        }
        QuestionRisk risk = model.risk(q.id());
        label.setText(model.questionLabel(q));
        label.setGraphic(risk == QuestionRisk.UNANSWERED ? open : answered);
        title.setText(q.title());
        RiskStyles.apply(badge, risk);
        setId("nav-" + model.questionLabel(q));
        setGraphic(root);
        setText(null);
    }
}
