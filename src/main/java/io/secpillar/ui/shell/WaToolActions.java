package io.secpillar.ui.shell;

import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.ui.common.Background;
import io.secpillar.ui.common.Dialogs;
import io.secpillar.ui.evidence.MfaDialog;
import io.secpillar.ui.page.OpenWorkload;
import io.secpillar.ui.page.UiServices;
import io.secpillar.ui.watool.WaPullDialog;
import io.secpillar.ui.watool.WaPullViewModel;
import io.secpillar.ui.watool.WaPushDialog;
import io.secpillar.ui.watool.WaPushViewModel;
import io.secpillar.ui.watool.WaToolContext;
import javafx.stage.Window;

import java.util.function.Supplier;

/** Opens the AWS Well-Architected Tool dialogs from the Tools menu, after reading what they need in the background. */
final class WaToolActions {

    private final ShellViewModel model;
    private final Supplier<Window> owner;

    WaToolActions(ShellViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    /** Push the open workload's review. */
    void push() {
        OpenWorkload workload = model.workloadProperty().get();
        UiServices services = model.services().orElse(null);
        if (workload == null || services == null) {
            return;
        }
        record Opened(WaToolContext context, ReviewSnapshot review) { }
        MfaDialog mfa = new MfaDialog();
        Background.run("The push to the WA Tool could not start", () -> new Opened(WaToolContext.open(services, mfa),
                        services.reviews().open(workload.id())),
                o -> new WaPushDialog(new WaPushViewModel(o.context(), o.review()), owner.get()).show(),
                e -> Dialogs.error(owner.get(), "The push to the WA Tool could not start", Background.reason(e)));
    }

    /** Import a WA Tool workload as a new workload, then open it. */
    void pull() {
        UiServices services = model.services().orElse(null);
        if (services == null) {
            return;
        }
        MfaDialog mfa = new MfaDialog();
        Background.run("The pull from the WA Tool could not start", () -> WaToolContext.open(services, mfa),
                context -> new WaPullDialog(new WaPullViewModel(context), owner.get(), model::openWorkload).show(),
                e -> Dialogs.error(owner.get(), "The pull from the WA Tool could not start", Background.reason(e)));
    }
}
