package io.secpillar.ui;

import io.secpillar.ui.common.Background;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** The application icon in the sizes window managers ask for. */
final class AppIcons {

    private AppIcons() {
    }

    /**
     * Decodes the icons off the JavaFX thread and hands them to the stage when done: the first window does not
     * wait for six PNG decodes (the window manager takes the icon whenever it comes).
     */
    static void loadInto(Stage stage) {
        // a missing icon is not worth a word in the status bar, but it is logged like every background failure
        Background.run("The window icon could not be loaded", AppIcons::windowIcons, stage.getIcons()::setAll);
    }

    static List<Image> windowIcons() {
        List<Image> icons = new ArrayList<>();
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            InputStream in = AppIcons.class.getResourceAsStream("icon-" + size + ".png");
            if (in != null) {
                icons.add(new Image(in));
            }
        }
        return icons;
    }
}
