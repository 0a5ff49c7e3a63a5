package io.secpillar.ui.workloads;

import io.secpillar.ui.page.Page;
import io.secpillar.ui.page.PageContext;
import io.secpillar.ui.page.PageView;
import io.secpillar.ui.page.Shortcut;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

import java.util.List;

/** The workloads: the page the window opens on, and where Ctrl+W leads back to from a review. */
public final class WorkloadsPage implements Page {

    @Override
    public String id() {
        return "workloads";
    }

    @Override
    public String title() {
        return "Workloads";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignH.HOME_OUTLINE;
    }

    @Override
    public Scope scope() {
        return Scope.WORKBENCH;
    }

    @Override
    public Shortcut shortcut() {
        return Shortcut.ctrl(KeyCode.W, "Ctrl+W", "Back to the workloads");
    }

    @Override
    public List<Shortcut> keys() {
        return WorkloadsView.KEYS;
    }

    @Override
    public PageView open(PageContext context) {
        var services = context.services();
        WorkloadsView view = new WorkloadsView(new WorkloadsViewModel(services.reviews(), services.lenses(),
                services.demo(), context.openWorkload()));
        return new PageView() {
            @Override
            public Node root() {
                return view.root();
            }

            @Override
            public boolean handleKey(KeyEvent event) {
                return view.handleKey(event);
            }

            @Override
            public void shown() {
                view.reload();
                Platform.runLater(view::focusList);
            }
        };
    }
}
