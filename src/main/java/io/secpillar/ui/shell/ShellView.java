package io.secpillar.ui.shell;

import io.secpillar.app.Version;
import io.secpillar.ui.common.Dialogs;
import io.secpillar.ui.common.Icons;
import io.secpillar.ui.page.OpenWorkload;
import io.secpillar.ui.page.Page;
import io.secpillar.ui.page.PageContext;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The main window's frame: app bar, the page in the middle (the workloads, or the open workload's pages as tabs)
 * and the status bar. The pages come from one list; the shell builds their tabs, buttons, keys and help from it.
 */
public final class ShellView {

    private final ShellViewModel model;
    private final List<Page> pages;
    private final Path dataDir;
    private final Consumer<String> openLink;
    private final BorderPane root = new BorderPane();
    private final PageHost host;
    private final Label location = new Label();
    private final StatusBar status;
    private final List<Button> workbenchButtons = new ArrayList<>();
    private final Button help = new Button("Shortcuts", Icons.of(MaterialDesignH.HELP_CIRCLE_OUTLINE));
    private final Button export = new Button("Export report…", Icons.of(MaterialDesignF.FILE_PDF_BOX));
    private final MenuButton tools = new MenuButton("Tools", Icons.of(MaterialDesignD.DOTS_VERTICAL));
    private final ReportActions reports;
    private final WaToolActions waTool;
    private final Zoom zoom = new Zoom(root);

    public ShellView(ShellViewModel model, List<Page> pages, Path dataDir, Consumer<String> openLink) {
        this.model = model;
        this.pages = List.copyOf(pages);
        this.dataDir = dataDir;
        this.openLink = openLink;
        this.host = new PageHost(pages);
        this.status = new StatusBar(dataDir);
        this.reports = new ReportActions(model, this::window);
        this.waTool = new WaToolActions(model, this::window);
        initializeParts();
        layoutParts();
        bindToModel();
    }

    public Parent root() {
        return root;
    }

    public ShellViewModel model() {
        return model;
    }

    private void initializeParts() {
        root.getStyleClass().add("shell");
        location.getStyleClass().add("app-location");
        for (Page page : host.workbenchPages()) {
            Button go = new Button(page.title(), Icons.of(page.icon()));
            go.setId("go-" + page.id());
            go.getStyleClass().add("app-bar-button");
            go.setTooltip(new Tooltip(page.shortcut().action() + " (" + page.shortcut().keys() + ")"));
            go.setDisable(true);
            go.setOnAction(e -> model.showWorkloads());
            workbenchButtons.add(go);
        }
        help.setId("help");
        help.getStyleClass().add("app-bar-button");
        help.setTooltip(new Tooltip("Keyboard shortcuts (F1)"));
        help.setOnAction(e -> showHelp());
        export.setId("export-report");
        export.getStyleClass().add("app-bar-button");
        export.setTooltip(new Tooltip("Export the signed PDF report of this review (Ctrl+P)"));
        export.setOnAction(e -> exportReport());
        tools.setId("tools");
        tools.getStyleClass().add("app-bar-button");
        MenuItem verify = new MenuItem("Verify a signed report…", Icons.of(MaterialDesignS.SHIELD_SEARCH));
        verify.setOnAction(e -> reports.verify());
        MenuItem branding = new MenuItem("Report branding…", Icons.of(MaterialDesignP.PALETTE_OUTLINE));
        branding.setOnAction(e -> reports.branding());
        MenuItem certificate = new MenuItem("Signing certificate…", Icons.of(MaterialDesignC.CERTIFICATE_OUTLINE));
        certificate.setOnAction(e -> reports.signingCertificate());
        MenuItem waPush = new MenuItem("Push to the AWS WA Tool…", Icons.of(MaterialDesignC.CLOUD_UPLOAD_OUTLINE));
        waPush.setId("wa-tool-push");
        waPush.setOnAction(e -> waTool.push());
        waPush.disableProperty().bind(model.workloadProperty().isNull());
        MenuItem waPull = new MenuItem("Pull from the AWS WA Tool…", Icons.of(MaterialDesignC.CLOUD_DOWNLOAD_OUTLINE));
        waPull.setId("wa-tool-pull");
        waPull.setOnAction(e -> waTool.pull());
        tools.getItems().addAll(verify, branding, certificate, waPush, waPull);
    }

    private void layoutParts() {
        Label brand = new Label("SecPillar Workbench", Icons.of(MaterialDesignS.SHIELD_LOCK_OUTLINE, 22));
        brand.getStyleClass().add("brand");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, brand, location, spacer);
        bar.getChildren().addAll(workbenchButtons);
        bar.getChildren().addAll(export, tools, help);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("app-bar");
        root.setTop(bar);
        root.setCenter(host.root());
        root.setBottom(status.root());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        VBox loading = new VBox(14, spinner, new Label("Opening your reviews…"));
        loading.setAlignment(Pos.CENTER);
        host.showInstead(loading);
    }

    private void bindToModel() {
        model.onError((header, message) -> Dialogs.error(window(), header, message));
        model.storeProblemProperty().addListener((o, was, problem) -> {
            host.showInstead(new StoreErrorPane(problem, dataDir).root());
            location.setText("");
        });
        model.servicesProperty().addListener((o, was, services) -> host.ready(workload ->
                new PageContext(services, workload, model.saver(), model::reviewer, model::openWorkload, openLink)));
        model.openingProperty().addListener((o, was, now) -> showWhereWeAre());
        model.workloadProperty().addListener((o, was, now) -> showWhereWeAre());
        model.saveStatusProperty().addListener((o, was, now) -> status.show(now));
        status.onRetry(model::retrySaving);
        model.reviewerNameProperty().addListener((o, was, name) -> status.showReviewer(name, this::askReviewerName));
        model.backgroundProblemProperty().addListener((o, was, now) -> status.showProblem(now));
        status.onDismiss(model::dismissProblem);
        model.storedZoomProperty().addListener((o, was, now) -> zoom.restore(now));
        showExport(false);
    }

    private void showWhereWeAre() {
        if (model.openingProperty().get()) {
            return;
        }
        OpenWorkload workload = model.workloadProperty().get();
        if (workload == null) {
            host.showWorkbench();
        } else {
            host.showWorkload(workload);
        }
        location.setText(workload == null ? "" : workload.workload().name());
        workbenchButtons.forEach(b -> b.setDisable(workload == null));
        showExport(workload != null);
    }

    /** The window's keys, the pages' shortcuts, then the keys of the page on screen. */
    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handle(e)) {
                e.consume();
            }
        });
    }

    private boolean handle(KeyEvent e) {
        boolean workloadOpen = model.workloadProperty().get() != null;
        if (Keymap.HELP.matches(e)) {
            showHelp();
        } else if (Keymap.ZOOM.matches(e)) {
            zoom.apply(e.getCode());
            model.remember(Zoom.SETTING, zoom.current());
        } else if (Keymap.QUIT.matches(e)) {
            Platform.exit();
        } else if (Keymap.EXPORT.matches(e) && workloadOpen) {
            exportReport();
        } else {
            for (Page page : pages) {
                if (page.shortcut().matches(e) && workloadOpen) {
                    if (page.scope() == Page.Scope.WORKBENCH) {
                        model.showWorkloads();
                        return true;
                    }
                    return host.select(page);
                }
            }
            return host.handleKey(e);
        }
        return true;
    }

    private void showHelp() {
        HelpDialog.show(window(), Keymap.help(pages));
    }

    private void exportReport() {
        OpenWorkload workload = model.workloadProperty().get();
        if (workload != null) {
            host.flush();
            reports.export(workload.id(), workload.workload().name());
        }
    }

    private void askReviewerName() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(window());
        dialog.getDialogPane().getStylesheets().addAll(root.getScene().getStylesheets());
        dialog.setTitle("Reviewer");
        dialog.setHeaderText("The name recorded on every answer you change");
        dialog.getEditor().setText(model.reviewer());
        dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && n.length() <= 200)
                .ifPresent(model::changeReviewerName);
    }

    private void showExport(boolean show) {
        export.setVisible(show);
        export.setManaged(show);
    }

    /** Waits until every edit made so far is committed (tests and shutdown). */
    public boolean flush(long timeout, TimeUnit unit) {
        host.flush();
        return model.flush(timeout, unit);
    }

    /** Saves what is pending and closes the store; called when the window closes. */
    public void close() {
        host.flush();
        model.close();
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    static String versionLine() {
        return "SecPillar Workbench " + Version.current();
    }
}
