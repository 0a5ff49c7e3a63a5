package io.secpillar.ui.evidence;

import io.secpillar.evidence.Status;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** One icon, colour and word per result status, the same in every evidence screen. */
public final class StatusIcons {

    private StatusIcons() {
    }

    public static FontIcon icon(Status status) {
        FontIcon icon = switch (status) {
            case PASS -> new FontIcon(MaterialDesignC.CHECK_CIRCLE);
            case FAIL -> new FontIcon(MaterialDesignC.CLOSE_CIRCLE);
            case COULD_NOT_ASSESS -> new FontIcon(MaterialDesignH.HELP_CIRCLE);
            case NOT_APPLICABLE -> new FontIcon(MaterialDesignM.MINUS_CIRCLE);
        };
        icon.setIconColor(color(status));
        icon.setIconSize(16);
        icon.getStyleClass().add("evidence-status-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        return icon;
    }

    public static Color color(Status status) {
        return switch (status) {
            case PASS -> Color.web("#2e7d32");
            case FAIL -> Color.web("#c62828");
            case COULD_NOT_ASSESS -> Color.web("#ef6c00");
            case NOT_APPLICABLE -> Color.web("#757575");
        };
    }

    public static String word(Status status) {
        return switch (status) {
            case PASS -> "Passed";
            case FAIL -> "Failed";
            case COULD_NOT_ASSESS -> "Could not assess";
            case NOT_APPLICABLE -> "Not applicable";
        };
    }
}
