package io.secpillar.ui.shell;

import io.secpillar.ui.common.Icons;
import io.secpillar.ui.page.Page;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.ArrayList;
import java.util.List;

/**
 * The bar across the top: the name, the open workload, the workbench pages, Export, Tools and Shortcuts. Where the
 * words do not fit (a projector at a large zoom) the buttons show their icons only, with the words in their
 * tooltips, rather than cutting the words short.
 */
final class AppBar {

    private final HBox root = new HBox(16);
    private final Label brand = new Label("SecPillar Workbench", Icons.of(MaterialDesignS.SHIELD_LOCK_OUTLINE, 22));
    private final Label location = new Label();
    private final List<Button> workbenchButtons = new ArrayList<>();
    final Button help = new Button("Shortcuts", Icons.of(MaterialDesignH.HELP_CIRCLE_OUTLINE));
    final Button export = new Button("Export report…", Icons.of(MaterialDesignF.FILE_PDF_BOX));
    final MenuButton tools = new MenuButton("Tools", Icons.of(MaterialDesignD.DOTS_VERTICAL));
    private boolean compact;

    AppBar(List<Page> workbenchPages) {
        brand.getStyleClass().add("brand");
        location.getStyleClass().add("app-location");
        location.setId("app-location");
        location.setMinWidth(0);
        for (Page page : workbenchPages) {
            Button go = new Button(page.title(), Icons.of(page.icon()));
            go.setId("go-" + page.id());
            go.setTooltip(new Tooltip(page.title() + ": " + page.shortcut().action().toLowerCase(java.util.Locale.ROOT)
                    + " (" + page.shortcut().keys() + ")"));
            go.setDisable(true);
            workbenchButtons.add(go);
        }
        help.setId("help");
        help.setTooltip(new Tooltip("Keyboard shortcuts (F1)"));
        export.setId("export-report");
        export.setTooltip(new Tooltip("Export the signed PDF report of this review (Ctrl+P)"));
        tools.setId("tools");
        tools.setTooltip(new Tooltip("Tools: theme, presentation, timer, report signing (F10 or Alt+T)"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        root.getChildren().addAll(brand, location, spacer);
        root.getChildren().addAll(workbenchButtons);
        root.getChildren().addAll(export, tools, help);
        for (Labeled l : labelled()) {
            if (l != brand) {
                l.getStyleClass().add("app-bar-button");
            }
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("app-bar");
        root.setId("app-bar");
        root.widthProperty().addListener((o, was, now) -> Platform.runLater(this::fit));
        brand.fontProperty().addListener((o, was, now) -> Platform.runLater(this::fit));
        showExport(false);
    }

    HBox root() {
        return root;
    }

    List<Button> workbenchButtons() {
        return workbenchButtons;
    }

    void showLocation(String text) {
        location.setText(text);
        location.setTooltip(text.isEmpty() ? null : new Tooltip(text));
    }

    void showExport(boolean show) {
        export.setVisible(show);
        export.setManaged(show);
        Platform.runLater(this::fit);
    }

    /** True while the buttons show icons only. */
    boolean compact() {
        return compact;
    }

    /** Icons only when the words would not fit the window's width; the words again when they do. */
    void fit() {
        if (root.getWidth() <= 0) {
            return;
        }
        root.applyCss();
        double words = 0;
        for (Labeled l : labelled()) {
            if (l.isManaged() && l.getText() != null && !l.getText().isEmpty()) {
                words += textWidth(l) + l.getGraphicTextGap();
            }
        }
        double iconsOnly = root.getInsets().getLeft() + root.getInsets().getRight() + location.prefWidth(-1);
        for (Node n : root.getChildren()) {
            if (n.isManaged() && n != location) {
                iconsOnly += root.getSpacing() + (n instanceof Labeled l ? iconWidth(l) : 0);
            }
        }
        setCompact(iconsOnly + words > root.getWidth());
    }

    private void setCompact(boolean on) {
        if (on == compact) {
            return;
        }
        compact = on;
        for (Labeled l : labelled()) {
            l.setContentDisplay(on ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
        if (on) {
            root.getStyleClass().add("compact");
        } else {
            root.getStyleClass().remove("compact");
        }
    }

    private List<Labeled> labelled() {
        List<Labeled> all = new ArrayList<>(List.of(brand));
        all.addAll(workbenchButtons);
        all.addAll(List.of(export, tools, help));
        return all;
    }

    private static double iconWidth(Labeled l) {
        Node graphic = l.getGraphic();
        double padding = l.getPadding().getLeft() + l.getPadding().getRight();
        double arrow = l instanceof MenuButton ? l.getFont().getSize() : 0;
        return padding + (graphic == null ? 0 : graphic.prefWidth(-1)) + arrow;
    }

    private static double textWidth(Labeled l) {
        Text text = new Text(l.getText());
        text.setFont(l.getFont());
        return Math.ceil(text.getLayoutBounds().getWidth());
    }
}
