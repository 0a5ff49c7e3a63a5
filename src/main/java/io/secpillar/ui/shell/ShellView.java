package io.secpillar.ui.shell;

import io.secpillar.app.Version;
import io.secpillar.ui.common.Dialogs;
import io.secpillar.ui.page.OpenWorkload;
import io.secpillar.ui.page.Page;
import io.secpillar.ui.page.PageContext;
import io.secpillar.ui.page.Workshop;
import io.secpillar.ui.theme.Appearance;
import io.secpillar.ui.common.Icons;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The main window's frame: app bar, the page in the middle (the workloads, or the open workload's pages as tabs)
 * and the status bar. The pages come from one list; the shell builds their tabs, buttons, keys and help from it.
 * It also owns how every window looks (zoom, colours, presentation mode), through {@link Appearance}.
 */
public final class ShellView {

    private final ShellViewModel model;
    private final List<Page> pages;
    private final Path dataDir;
    private final Consumer<String> openLink;
    private final BorderPane root = new BorderPane();
    private final PageHost host;
    private final AppBar bar;
    private final StatusBar status;
    private final ReportActions reports;
    private final WaToolActions waTool;
    private final Appearance appearance = new Appearance();

    public ShellView(ShellViewModel model, List<Page> pages, Path dataDir, Consumer<String> openLink) {
        this.model = model;
        this.pages = List.copyOf(pages);
        this.dataDir = dataDir;
        this.openLink = openLink;
        this.host = new PageHost(pages);
        this.bar = new AppBar(host.workbenchPages());
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

    public Appearance appearance() {
        return appearance;
    }

    private void initializeParts() {
        root.getStyleClass().add("shell");
        bar.workbenchButtons().forEach(go -> go.setOnAction(e -> model.showWorkloads()));
        bar.help.setOnAction(e -> showHelp());
        bar.export.setOnAction(e -> exportReport());
        ToolsMenu.fill(bar.tools, model.preferences(), reports, this::togglePresentation);
        MenuItem waPush = new MenuItem("Push to the AWS WA Tool…", Icons.of(MaterialDesignC.CLOUD_UPLOAD_OUTLINE));
        waPush.setId("wa-tool-push");
        waPush.setOnAction(e -> waTool.push());
        waPush.disableProperty().bind(model.workloadProperty().isNull());
        MenuItem waPull = new MenuItem("Pull from the AWS WA Tool…", Icons.of(MaterialDesignC.CLOUD_DOWNLOAD_OUTLINE));
        waPull.setId("wa-tool-pull");
        waPull.setOnAction(e -> waTool.pull());
        bar.tools.getItems().addAll(new SeparatorMenuItem(), waPush, waPull);
    }

    private void layoutParts() {
        root.setTop(bar.root());
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
            bar.showLocation("");
        });
        Workshop workshop = model.preferences().workshop();
        model.servicesProperty().addListener((o, was, services) -> host.ready(workload ->
                new PageContext(services, workload, model.saver(), model::reviewer, model::openWorkload, openLink,
                        workshop)));
        model.openingProperty().addListener((o, was, now) -> showWhereWeAre());
        model.workloadProperty().addListener((o, was, now) -> showWhereWeAre());
        model.saveStatusProperty().addListener((o, was, now) -> status.show(now));
        status.onRetry(model::retrySaving);
        model.reviewerNameProperty().addListener((o, was, name) -> status.showReviewer(name, this::askReviewerName));
        model.backgroundProblemProperty().addListener((o, was, now) -> status.showProblem(now));
        status.onDismiss(model::dismissProblem);
        appearance.setZoom(model.preferences().zoomProperty().get());
        model.preferences().zoomProperty().addListener((o, was, now) -> appearance.setZoom(now.intValue()));
        model.preferences().darkProperty().addListener((o, was, now) -> appearance.setDark(now));
        workshop.presentingProperty().addListener((o, was, now) -> showPresenting(now));
    }

    private void showWhereWeAre() {
        if (model.openingProperty().get()) {
            return;
        }
        OpenWorkload workload = model.workloadProperty().get();
        if (workload == null) {
            model.preferences().workshop().setPresenting(false);
            host.showWorkbench();
        } else {
            host.showWorkload(workload);
        }
        bar.showLocation(workload == null ? "" : workload.workload().name());
        bar.workbenchButtons().forEach(b -> b.setDisable(workload == null));
        bar.showExport(workload != null);
    }

    /** Presentation mode shows only the question: no app bar, tabs or status bar, and large type. */
    private void showPresenting(boolean on) {
        appearance.setPresenting(on);
        root.setTop(on ? null : bar.root());
        root.setBottom(on ? null : status.root());
    }

    private void togglePresentation() {
        Workshop workshop = model.preferences().workshop();
        workshop.setPresenting(!workshop.presenting() && model.workloadProperty().get() != null);
    }

    /** Styles this window and every dialog it opens, and routes the keys: the window's, then the page's. */
    public void installShortcuts(Scene scene) {
        appearance.style(scene);
        appearance.install();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handle(e)) {
                e.consume();
            }
        });
    }

    private boolean handle(KeyEvent e) {
        boolean workloadOpen = model.workloadProperty().get() != null;
        WindowPreferences preferences = model.preferences();
        if (Keymap.HELP.matches(e)) {
            showHelp();
        } else if (Keymap.PRESENT.matches(e)) {
            togglePresentation();
        } else if (Keymap.ZOOM_IN.matches(e)) {
            preferences.zoomIn();
        } else if (Keymap.ZOOM_OUT.matches(e)) {
            preferences.zoomOut();
        } else if (Keymap.ZOOM_RESET.matches(e)) {
            preferences.zoomReset();
        } else if (Keymap.THEME.matches(e)) {
            preferences.switchLightDark();
        } else if (Keymap.TOOLS.matches(e) && !preferences.workshop().presenting()) {
            bar.tools.show();
        } else if (Keymap.QUIT.matches(e)) {
            Platform.exit();
        } else if (Keymap.EXPORT.matches(e) && workloadOpen) {
            exportReport();
        } else {
            return pageKey(e, workloadOpen);
        }
        return true;
    }

    private boolean pageKey(KeyEvent e, boolean workloadOpen) {
        for (Page page : pages) {
            if (page.shortcut().matches(e) && workloadOpen) {
                if (page.scope() == Page.Scope.WORKBENCH) {
                    model.showWorkloads();
                    return true;
                }
                return host.select(page);
            }
        }
        if (host.handleKey(e)) {
            return true;
        }
        boolean typing = root.getScene().getFocusOwner() instanceof TextInputControl;
        if (e.getCode() == KeyCode.ESCAPE && !typing && model.preferences().workshop().presenting()) {
            model.preferences().workshop().setPresenting(false);
            return true;
        }
        return false;
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
        Dialogs.plain(dialog);
        dialog.setTitle("Reviewer");
        dialog.setHeaderText("The name recorded on every answer you change");
        dialog.getEditor().setText(model.reviewer());
        dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && n.length() <= 200)
                .ifPresent(model::changeReviewerName);
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
