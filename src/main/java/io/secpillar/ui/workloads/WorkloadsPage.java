package io.secpillar.ui.workloads;

import io.secpillar.ui.page.Page;
import io.secpillar.ui.page.PageContext;
import io.secpillar.ui.page.PageView;
import io.secpillar.ui.page.Shortcut;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/** The workloads: the page the window opens on, and where Ctrl+W leads back to from a review. */
public final class WorkloadsPage extends Page {

    public WorkloadsPage() {
        super("workloads", "Workloads", MaterialDesignH.HOME_OUTLINE, Scope.WORKBENCH,
                Shortcut.ctrl(KeyCode.W, "Ctrl+W", "Back to the workloads"), WorkloadsView.KEYS);
    }

    @Override
    public PageView open(PageContext context) {
        var services = context.services();
        WorkloadsViewModel model = new WorkloadsViewModel(services.reviews(), services.lenses(), services.demo(),
                context.openWorkload(), id -> services.evidence().runs().stream()
                        .filter(r -> r.workloadId().equals(java.util.Optional.of(id))).count());
        WorkloadsView view = new WorkloadsView(model);
        FirstStart firstStart = new FirstStart(services, view, model);
        return PageView.of(view.root()).withKeys(e -> firstStart.handleKey(e) || view.handleKey(e)).whenShown(() -> {
            view.reload();
            firstStart.showIfFirst(() -> Platform.runLater(view::focusList));
        });
    }
}
