package io.secpillar.ui.questionnaire;

import io.secpillar.pillar.Choice;
import io.secpillar.pillar.Link;
import io.secpillar.pillar.PracticeGuidance;
import io.secpillar.pillar.PracticeLevel;
import io.secpillar.questionnaire.ChoiceStatus;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.ui.common.Icons;
import io.secpillar.ui.evidence.PracticeEvidencePane;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One best practice in the question pane: its tick box, label and level, a "does not apply" mark, and our
 * guidance, folded away until asked for.
 */
final class PracticeRow extends VBox {

    /** What the row reports back to the question pane. */
    interface Actions {
        void setInPlace(String choiceId, boolean inPlace);

        void markNotApplicable(String choiceId);

        void clearNotApplicable(String choiceId);
    }

    private final Choice choice;
    private final CheckBox box;
    private final Label naTag = new Label();
    private final VBox guidance;
    private final Button expand = new Button();
    private boolean updating;
    private Optional<PracticeEvidencePane> evidencePane = Optional.empty();

    PracticeRow(int number, Choice choice, String label, PracticeLevel level, Optional<PracticeGuidance> practice,
                Actions actions, Consumer<String> openLink, Optional<PracticeEvidencePane> evidence) {
        this.choice = choice;
        getStyleClass().add("practice-row");
        setId("practice-" + label);

        box = new CheckBox(choice.title());
        box.setWrapText(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.getStyleClass().add("practice-check");
        box.setId("check-" + label);
        box.selectedProperty().addListener((obs, was, now) -> {
            if (!updating) {
                actions.setInPlace(choice.id(), now);
            }
        });
        HBox.setHgrow(box, Priority.ALWAYS);

        Label key = new Label(number <= 9 ? String.valueOf(number) : "");
        key.getStyleClass().add("key-hint");
        key.setTooltip(new Tooltip("Press " + number + " to tick or untick"));
        Label id = new Label(label);
        id.getStyleClass().add("practice-id");
        Label levelTag = new Label(level.label());
        levelTag.getStyleClass().addAll("level-tag", "level-" + level.name().toLowerCase(Locale.ROOT));
        naTag.getStyleClass().add("na-tag");
        naTag.setManaged(false);
        naTag.setVisible(false);

        guidance = guidancePane(choice, practice, openLink);
        guidance.setVisible(false);
        guidance.setManaged(false);
        expand.setGraphic(Icons.of(MaterialDesignC.CHEVRON_DOWN));
        expand.getStyleClass().addAll("flat", "expand-button");
        expand.setTooltip(new Tooltip("Show guidance"));
        expand.setId("guidance-" + label);
        expand.setOnAction(e -> toggleGuidance());

        MenuItem na = new MenuItem("Does not apply…");
        na.setOnAction(e -> actions.markNotApplicable(choice.id()));
        MenuItem clear = new MenuItem("Applies again");
        clear.setOnAction(e -> actions.clearNotApplicable(choice.id()));
        MenuButton more = new MenuButton(null, Icons.of(MaterialDesignD.DOTS_HORIZONTAL), na, clear);
        more.getStyleClass().addAll("flat", "more-button");
        more.setTooltip(new Tooltip("Mark this best practice as not applicable"));
        more.setOnShowing(e -> {
            boolean isNa = naTag.isVisible();
            na.setDisable(isNa);
            clear.setDisable(!isNa);
        });

        VBox ids = new VBox(2, id, levelTag);
        ids.getStyleClass().add("practice-ids");
        ids.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(10, key, ids, box, naTag, expand, more);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(head);
        evidence.ifPresent(pane -> {
            pane.setId("evidence-" + label);
            VBox.setMargin(pane, new javafx.geometry.Insets(6, 0, 0, 48));
            getChildren().add(pane);
        });
        this.evidencePane = evidence;
        getChildren().add(guidance);
    }

    Optional<PracticeEvidencePane> evidencePane() {
        return evidencePane;
    }

    void show(ChoiceStatus status, Optional<NotApplicable> reason, boolean disabled) {
        updating = true;
        try {
            box.setSelected(status == ChoiceStatus.SELECTED);
        } finally {
            updating = false;
        }
        boolean na = status == ChoiceStatus.NOT_APPLICABLE;
        naTag.setText(reason.map(r -> "Does not apply · " + r.describe()).orElse(""));
        naTag.setVisible(na);
        naTag.setManaged(na);
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), status == ChoiceStatus.SELECTED);
        box.setDisable(disabled || na);
    }

    String choiceId() {
        return choice.id();
    }

    /** Opens or folds the guidance; true when it is open now. */
    boolean toggleGuidance() {
        boolean open = !guidance.isVisible();
        guidance.setVisible(open);
        guidance.setManaged(open);
        expand.setRotate(open ? 180 : 0);
        expand.getTooltip().setText(open ? "Hide guidance" : "Show guidance");
        return open;
    }


    private static VBox guidancePane(Choice choice, Optional<PracticeGuidance> practice, Consumer<String> openLink) {
        VBox pane = new VBox(8);
        pane.getStyleClass().add("guidance");
        BiConsumer<String, String> section = (title, text) -> {
            if (text != null && !text.isBlank()) {
                pane.getChildren().addAll(heading(title), paragraph(text));
            }
        };
        section.accept("What it means", choice.helpfulResource().map(Link::displayText).orElse(""));
        practice.ifPresent(p -> {
            section.accept("What good looks like", p.goodLooksLike());
            if (!p.askTheClient().isEmpty()) {
                pane.getChildren().add(heading("Ask the client"));
                p.askTheClient().forEach(q -> pane.getChildren().add(paragraph("•  " + q)));
            }
            section.accept("Evidence that proves it", p.evidence());
        });
        section.accept("Improvement plan", choice.improvementPlan().map(Link::displayText).orElse(""));
        choice.helpfulResource().filter(Link::hasUrl).ifPresent(link -> {
            Hyperlink docs = new Hyperlink("AWS documentation for this best practice");
            docs.setGraphic(Icons.of(MaterialDesignO.OPEN_IN_NEW, 14));
            docs.setOnAction(e -> openLink.accept(link.url()));
            pane.getChildren().add(docs);
        });
        return pane;
    }

    private static Node heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("guidance-heading");
        return label;
    }

    private static Node paragraph(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("guidance-text");
        return label;
    }
}
