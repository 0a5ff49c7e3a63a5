package io.secpillar.ui.questionnaire;

import io.secpillar.ui.common.Icons;
import io.secpillar.ui.page.Workshop;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The line below the question: previous / next, where we are, what the last key did (or what a rule refused),
 * and the question timer when it runs.
 */
final class ReviewFooter {

    private final ReviewViewModel model;
    private final Workshop workshop;
    private final HBox root = new HBox(12);
    private final Button previous = new Button("Previous", Icons.of(MaterialDesignC.CHEVRON_LEFT));
    private final Button next = new Button("Next", Icons.of(MaterialDesignC.CHEVRON_RIGHT));
    private final Label position = new Label();
    private final Label message = new Label();
    private final Label timerLabel = new Label("", Icons.of(MaterialDesignT.TIMER_OUTLINE, 16));
    private final QuestionTimer timer = new QuestionTimer();
    private final Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));

    ReviewFooter(ReviewViewModel model, Workshop workshop) {
        this.model = model;
        this.workshop = workshop;
        previous.setId("previous-question");
        next.setId("next-question");
        next.setContentDisplay(ContentDisplay.RIGHT);
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> model.next());
        position.setId("position");
        position.setMinWidth(Region.USE_PREF_SIZE);
        message.setId("answer-problem");
        message.setWrapText(true);
        message.setMinWidth(0);
        message.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get().isEmpty()
                ? model.noticeProperty().get() : model.problemProperty().get(), model.problemProperty(), model.noticeProperty()));
        model.problemProperty().addListener((o, was, now) -> {
            message.getStyleClass().remove("problem");
            if (!now.isEmpty()) {
                message.getStyleClass().add("problem");
            }
        });
        timerLabel.setId("question-timer");
        timerLabel.getStyleClass().add("question-timer");
        timerLabel.setMinWidth(Region.USE_PREF_SIZE);
        timerLabel.textProperty().bind(timer.textProperty());
        timerLabel.setTooltip(new Tooltip("Time spent on this question, against the workshop's budget (Ctrl+T hides it)"));
        timer.stateProperty().addListener((o, was, now) -> {
            timerLabel.getStyleClass().removeAll("near", "over");
            if (now != QuestionTimer.State.WITHIN) {
                timerLabel.getStyleClass().add(now == QuestionTimer.State.NEAR ? "near" : "over");
            }
        });
        clock.setCycleCount(Animation.INDEFINITE);
        Region left = new Region();
        Region right = new Region();
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox.setHgrow(message, Priority.SOMETIMES);
        root.getChildren().addAll(previous, left, position, message, timerLabel, right, next);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("review-footer");
        for (Node n : new Node[] {previous, next}) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        timer.setBudget(java.time.Duration.ofMinutes(workshop.budgetMinutesProperty().get()));
        workshop.budgetMinutesProperty().addListener((o, was, now) -> timer.setBudget(java.time.Duration.ofMinutes(now.intValue())));
        workshop.timerOnProperty().addListener((o, was, now) -> showTimer());
        showTimer();
    }

    HBox root() {
        return root;
    }

    void showPosition(int index, int total) {
        position.setText("Question " + (index + 1) + " of " + total);
        previous.setDisable(index == 0);
        next.setDisable(index == total - 1);
        timer.showQuestion(model.current().id());
    }

    private void showTimer() {
        boolean on = workshop.timerOnProperty().get();
        timerLabel.setVisible(on);
        timerLabel.setManaged(on);
        if (on) {
            clock.play();
        } else {
            clock.stop();
        }
    }

    /** Counts a second while the review is on screen; a review that was closed stops its clock for good. */
    private void tick() {
        if (root.getScene() == null) {
            clock.stop();
            return;
        }
        if (onScreen(root)) {
            timer.tick(java.time.Duration.ofSeconds(1));
        }
    }

    private static boolean onScreen(Node node) {
        if (node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
