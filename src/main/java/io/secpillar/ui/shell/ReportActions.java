package io.secpillar.ui.shell;

import io.secpillar.app.Services;
import io.secpillar.report.pdf.ReportKit;
import io.secpillar.ui.common.Background;
import io.secpillar.ui.common.Dialogs;
import io.secpillar.ui.report.BrandingSettingsDialog;
import io.secpillar.ui.report.ReportExportDialog;
import io.secpillar.ui.report.SelfSignedCertificateDialog;
import io.secpillar.ui.report.VerifyReportDialog;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/** Opens the report dialogs from the app bar; the report kit is assembled once, off the FX thread. */
final class ReportActions {

    private final Supplier<Window> owner;
    private volatile ReportKit kit;

    ReportActions(Supplier<Window> owner) {
        this.owner = owner;
    }

    void export(Services services, long workloadId, String workloadName) {
        withKit(services, k -> new ReportExportDialog(k, workloadId, workloadName, owner.get()).show());
    }

    void branding(Services services) {
        withKit(services, k -> new BrandingSettingsDialog(k, owner.get(), () -> { }).show());
    }

    void signingCertificate(Services services) {
        withKit(services, k -> new SelfSignedCertificateDialog(k, owner.get(), () -> { }).show());
    }

    void verify() {
        VerifyReportDialog.chooseAndVerify(owner.get());
    }

    private void withKit(Services services, Consumer<ReportKit> action) {
        ReportKit ready = kit;
        if (ready != null) {
            action.accept(ready);
            return;
        }
        Background.run("The report tools could not start", () -> services.reportKit(), k -> {
            kit = k;
            action.accept(k);
        }, e -> Dialogs.error(owner.get(), "The report tools could not start", e.getMessage()));
    }
}
