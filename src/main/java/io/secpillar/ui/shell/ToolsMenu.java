package io.secpillar.ui.shell;

import io.secpillar.ui.common.Icons;
import io.secpillar.ui.page.Workshop;
import io.secpillar.ui.theme.Theme;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The Tools menu of the app bar: how the window looks, the workshop's aids, and the report's signing tools. */
final class ToolsMenu {

    private ToolsMenu() {
    }

    static void fill(MenuButton tools, WindowPreferences preferences, ReportActions reports, Runnable togglePresentation) {
        Workshop workshop = preferences.workshop();
        MenuItem present = new MenuItem("Presentation mode", Icons.of(MaterialDesignP.PRESENTATION_PLAY));
        present.setId("menu-presentation");
        present.setOnAction(e -> togglePresentation.run());
        CheckMenuItem timer = new CheckMenuItem("Question timer (" + workshop.budgetMinutesProperty().get() + " min)");
        timer.setId("menu-timer");
        timer.selectedProperty().bindBidirectional(workshop.timerOnProperty());
        workshop.budgetMinutesProperty().addListener((o, was, now) -> timer.setText("Question timer (" + now + " min)"));

        Menu theme = new Menu("Colours", Icons.of(MaterialDesignT.THEME_LIGHT_DARK));
        theme.setId("menu-theme");
        ToggleGroup themes = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.label());
            item.setId("theme-" + t.stored());
            item.setToggleGroup(themes);
            item.setSelected(preferences.themeProperty().get() == t);
            item.setOnAction(e -> preferences.chooseTheme(t));
            preferences.themeProperty().addListener((o, was, now) -> item.setSelected(now == t));
            theme.getItems().add(item);
        }
        MenuItem larger = new MenuItem("Larger text   Ctrl++", Icons.of(MaterialDesignM.MAGNIFY_PLUS_OUTLINE));
        larger.setOnAction(e -> preferences.zoomIn());
        MenuItem smaller = new MenuItem("Smaller text   Ctrl+-", Icons.of(MaterialDesignM.MAGNIFY_MINUS_OUTLINE));
        smaller.setOnAction(e -> preferences.zoomOut());

        MenuItem verify = new MenuItem("Verify a signed report…", Icons.of(MaterialDesignS.SHIELD_SEARCH));
        verify.setOnAction(e -> reports.verify());
        MenuItem branding = new MenuItem("Report branding…", Icons.of(MaterialDesignP.PALETTE_OUTLINE));
        branding.setOnAction(e -> reports.branding());
        MenuItem certificate = new MenuItem("Signing certificate…", Icons.of(MaterialDesignC.CERTIFICATE_OUTLINE));
        certificate.setId("menu-certificate");
        certificate.setOnAction(e -> reports.signingCertificate());
        tools.getItems().setAll(present, timer, theme, larger, smaller, new SeparatorMenuItem(), verify, branding,
                certificate);
    }
}
