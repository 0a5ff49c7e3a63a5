package io.secpillar.ui.shell;

import io.secpillar.ui.report.BrandingSettingsDialog;
import io.secpillar.ui.report.ReportExportDialog;
import io.secpillar.ui.report.SelfSignedCertificateDialog;
import io.secpillar.ui.report.VerifyReportDialog;
import javafx.stage.Window;

import java.util.function.Supplier;

/** Opens the report dialogs from the app bar, with the report kit the shell's model assembles once. */
final class ReportActions {

    private final ShellViewModel model;
    private final Supplier<Window> owner;

    ReportActions(ShellViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    void export(long workloadId, String workloadName) {
        model.withReportKit(k -> new ReportExportDialog(k, workloadId, workloadName, owner.get()).show());
    }

    void branding() {
        model.withReportKit(k -> new BrandingSettingsDialog(k, owner.get(), () -> { }).show());
    }

    void signingCertificate() {
        model.withReportKit(k -> new SelfSignedCertificateDialog(k, owner.get(), () -> { }).show());
    }

    void verify() {
        VerifyReportDialog.chooseAndVerify(owner.get());
    }
}
