package io.secpillar.ui.workloads;

import io.secpillar.assessment.port.SettingsRepository;
import io.secpillar.ui.common.Background;
import io.secpillar.ui.firstrun.FirstRunView;
import io.secpillar.ui.page.UiServices;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Optional;

/**
 * The welcome screen in place of the workload list on the very first start: nothing stored yet (no workload, and the
 * welcome never answered). Choosing the demo or a new workload, or Esc, answers it for good, so it never comes back.
 */
final class FirstStart {

    /** Set once the welcome has been answered. */
    static final String SETTING = "ui.firstRunDone";

    private final SettingsRepository settings;
    private final WorkloadsView view;
    private final WorkloadsViewModel model;
    private final FirstRunView welcome;
    private boolean showing;

    FirstStart(UiServices services, WorkloadsView view, WorkloadsViewModel model) {
        this.settings = services.settings();
        this.view = view;
        this.model = model;
        this.welcome = new FirstRunView(services.dataDir(), services.dataChoice(), new FirstRunView.Actions(
                () -> done(model::openDemo), () -> done(view::createWorkload), Optional.empty()));
    }

    private boolean checked;

    /** Reads in the background (once) whether this is the first start, and shows the welcome if it is. */
    void showIfFirst(Runnable otherwise) {
        if (checked) {
            otherwise.run();
            return;
        }
        checked = true;
        Background.run("The settings could not be read", () -> settings.get(SETTING).isEmpty() && model.storeIsEmpty(),
                first -> {
                    if (first) {
                        showing = true;
                        view.showInstead(welcome.root());
                        welcome.focus();
                    } else {
                        otherwise.run();
                    }
                }, e -> otherwise.run());
    }

    boolean showing() {
        return showing;
    }

    /** D, N and F choose on the welcome screen, Esc goes to the (empty) workload list; true when used. */
    boolean handleKey(KeyEvent e) {
        if (!showing) {
            return false;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            done(() -> { });
            return true;
        }
        if (e.isShortcutDown() && (e.getCode() == KeyCode.N || e.getCode() == KeyCode.F)) { // the list's own keys
            done(() -> { });
            return false;
        }
        boolean typing = view.root().getScene() != null && view.root().getScene().getFocusOwner() instanceof TextInputControl;
        return !typing && welcome.handleKey(e);
    }

    private void done(Runnable then) {
        showing = false;
        view.showList();
        Background.run("The settings could not be written", () -> {
            settings.put(SETTING, "yes");
            return true;
        }, ok -> { });
        then.run();
    }
}
