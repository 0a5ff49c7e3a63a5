package io.secpillar.ui.shell;

import io.secpillar.app.Services;
import io.secpillar.app.Version;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.ui.common.AnswerSaver;
import io.secpillar.ui.common.Background;
import io.secpillar.ui.common.Dialogs;
import io.secpillar.ui.common.Icons;
import io.secpillar.ui.questionnaire.ReviewView;
import io.secpillar.ui.questionnaire.ReviewViewModel;
import io.secpillar.ui.workloads.WorkloadsView;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The main window's frame: app bar, the page in the middle (workloads or a review), and the status bar that
 * says whether every edit is saved. Opens the store in the background and reopens where the reviewer left off.
 */
public final class ShellView {

    static final String LAST_WORKLOAD = "ui.lastWorkload";
    static final String LAST_QUESTION = "ui.lastQuestion.";

    private final Path dataDir;
    private final Consumer<String> openLink;
    private final BorderPane root = new BorderPane();
    private final StackPane page = new StackPane();
    private final Label location = new Label();
    private final StatusBar status;
    private final Button home = new Button("Workloads", Icons.of(MaterialDesignH.HOME_OUTLINE));
    private final Button help = new Button("Shortcuts", Icons.of(MaterialDesignH.HELP_CIRCLE_OUTLINE));
    private final Button export = new Button("Export report…", Icons.of(MaterialDesignF.FILE_PDF_BOX));
    private final MenuButton tools = new MenuButton("Tools", Icons.of(MaterialDesignD.DOTS_VERTICAL));
    private final ReportActions reports = new ReportActions(() -> root.getScene().getWindow());
    private final List<Runnable> readyListeners = new ArrayList<>();
    private final Zoom zoom = new Zoom(root);
    private Services services;
    /** Read once off the FX thread; edits are stamped with it without touching the store. */
    private volatile String reviewerName = System.getProperty("user.name", "reviewer");
    private AnswerSaver saver;
    private WorkloadsView workloads;
    private ReviewView review;
    private ReviewPage reviewPage;
    private final Runnable stopWatchingFailures;

    public ShellView(Path dataDir, Consumer<String> openLink) {
        this.dataDir = dataDir;
        this.openLink = openLink;
        this.status = new StatusBar(dataDir);
        layoutParts();
        stopWatchingFailures = Background.watchFailures(f -> status.showProblem(f.message()));
    }

    public Parent root() {
        return root;
    }

    private void layoutParts() {
        root.getStyleClass().add("shell");
        Label brand = new Label("SecPillar Workbench", Icons.of(MaterialDesignS.SHIELD_LOCK_OUTLINE, 22));
        brand.getStyleClass().add("brand");
        location.getStyleClass().add("app-location");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        home.setId("go-workloads");
        home.getStyleClass().add("app-bar-button");
        home.setTooltip(new Tooltip("Back to the workloads (Ctrl+W)"));
        home.setDisable(true);
        home.setOnAction(e -> showWorkloads());
        help.setId("help");
        help.getStyleClass().add("app-bar-button");
        help.setTooltip(new Tooltip("Keyboard shortcuts (F1)"));
        help.setOnAction(e -> HelpDialog.show(root.getScene().getWindow()));
        export.setId("export-report");
        export.getStyleClass().add("app-bar-button");
        export.setTooltip(new Tooltip("Export the signed PDF report of this review (Ctrl+P)"));
        export.setVisible(false);
        export.setManaged(false);
        export.setOnAction(e -> exportReport());
        tools.setId("tools");
        tools.getStyleClass().add("app-bar-button");
        MenuItem verify = new MenuItem("Verify a signed report…", Icons.of(MaterialDesignS.SHIELD_SEARCH));
        verify.setOnAction(e -> reports.verify());
        MenuItem branding = new MenuItem("Report branding…", Icons.of(MaterialDesignP.PALETTE_OUTLINE));
        branding.setOnAction(e -> Optional.ofNullable(services).ifPresent(reports::branding));
        MenuItem certificate = new MenuItem("Signing certificate…", Icons.of(MaterialDesignC.CERTIFICATE_OUTLINE));
        certificate.setOnAction(e -> Optional.ofNullable(services).ifPresent(reports::signingCertificate));
        tools.getItems().addAll(verify, branding, certificate);
        HBox bar = new HBox(16, brand, location, spacer, home, export, tools, help);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("app-bar");
        root.setTop(bar);
        root.setCenter(page);
        root.setBottom(status.root());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label opening = new Label("Opening your reviews…");
        VBox loading = new VBox(14, spinner, opening);
        loading.setAlignment(Pos.CENTER);
        page.getChildren().setAll(loading);
    }

    public void onReady(Runnable listener) {
        readyListeners.add(listener);
    }

    /** Opens the store off the FX thread; the window is already on screen. */
    public void openStore() {
        Background.run("The data could not be opened", () -> Services.open(dataDir, Clock.systemDefaultZone()), this::ready, this::failed);
    }

    private void ready(Services opened) {
        services = opened;
        saver = new AnswerSaver(services.reviews()::saveAnswer, Platform::runLater, status::show, c -> { });
        status.onRetry(saver::retry);
        Background.run("The reviewer's name could not be read", services::reviewerName, name -> {
            reviewerName = name;
            status.showReviewer(name, this::askReviewerName);
        });
        workloads = new WorkloadsView(services, this::openReview);
        Background.run("Where you left off could not be read", () -> {
            zoom.restore(services.settings().get(Zoom.SETTING));
            return services.settings().get(LAST_WORKLOAD).filter(s -> s.matches("\\d+")).map(Long::parseLong)
                    .filter(id -> services.reviews().find(id).isPresent());
        }, last -> {
            last.ifPresentOrElse(this::openReview, this::showWorkloads);
            readyListeners.forEach(Runnable::run);
        }, e -> {
            showWorkloads();
            readyListeners.forEach(Runnable::run);
        });
    }

    private void askReviewerName() {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.initOwner(root.getScene().getWindow());
        dialog.getDialogPane().getStylesheets().addAll(root.getScene().getStylesheets());
        dialog.setTitle("Reviewer");
        dialog.setHeaderText("The name recorded on every answer you change");
        dialog.getEditor().setText(reviewerName);
        dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && n.length() <= 200).ifPresent(name -> {
            reviewerName = name;
            remember(Services.REVIEWER_NAME_KEY, name);
            status.showReviewer(name, this::askReviewerName);
        });
    }

    private void failed(Throwable error) {
        page.getChildren().setAll(new StoreErrorPane(error.getMessage(), dataDir).root());
        location.setText("");
    }

    public void showWorkloads() {
        if (services == null) {
            return;
        }
        leaveReview();
        review = null;
        reviewPage = null;
        remember(LAST_WORKLOAD, "");
        location.setText("");
        home.setDisable(true);
        showExport(false);
        page.getChildren().setAll(workloads.root());
        workloads.reload();
        Platform.runLater(workloads::focusList);
    }

    /** What opening a review reads off the FX thread. */
    private record OpenedReview(ReviewSnapshot snapshot, Optional<String> lastQuestion) { }

    public void openReview(long workloadId) {
        Background.run("The review could not be opened", () -> {
            ReviewSnapshot snapshot = services.reviews().open(workloadId);
            Optional<String> lastQuestion = services.settings().get(LAST_QUESTION + workloadId);
            return new OpenedReview(snapshot, lastQuestion);
        }, loaded -> {
            ReviewSnapshot snapshot = loaded.snapshot();
            Optional<String> lastQuestion = loaded.lastQuestion();
            leaveReview();
            ReviewViewModel model = new ReviewViewModel(snapshot, saver, () -> reviewerName,
                    services.reviews().clock(), qid -> remember(LAST_QUESTION + workloadId, qid));
            lastQuestion.ifPresent(model::showQuestion);
            review = new ReviewView(model, openLink);
            reviewPage = new ReviewPage(services, review, () -> reviewerName);
            remember(LAST_WORKLOAD, String.valueOf(workloadId));
            location.setText(snapshot.workload().name());
            home.setDisable(false);
            showExport(true);
            page.getChildren().setAll(reviewPage.root());
        }, e -> Dialogs.error(root.getScene().getWindow(), "The review could not be opened", e.getMessage()));
    }

    public void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean used;
            if (e.getCode() == KeyCode.F1) {
                HelpDialog.show(scene.getWindow());
                used = true;
            } else if (e.isShortcutDown() && zoom.handles(e.getCode())) {
                zoom.apply(e.getCode());
                Optional.ofNullable(services).ifPresent(s -> remember(Zoom.SETTING, zoom.current()));
                used = true;
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Q) {
                Platform.exit();
                used = true;
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.P && review != null) {
                exportReport();
                used = true;
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.W && review != null) {
                showWorkloads();
                used = true;
            } else if (reviewPage != null && e.isShortcutDown() && e.getCode() == KeyCode.DIGIT1) {
                reviewPage.showQuestions();
                used = true;
            } else if (reviewPage != null && e.isShortcutDown() && e.getCode() == KeyCode.DIGIT2) {
                reviewPage.showEvidence();
                used = true;
            } else if (reviewPage != null && reviewPage.showsQuestions()) {
                used = review.handleKey(e);
            } else {
                used = workloads != null && workloads.handleKey(e);
            }
            if (used) {
                e.consume();
            }
        });
    }

    private void exportReport() {
        if (review != null && services != null) {
            review.flushNotes();
            var workload = review.model().snapshot().workload();
            reports.export(services, workload.id(), workload.name());
        }
    }

    private void showExport(boolean show) {
        export.setVisible(show);
        export.setManaged(show);
    }

    /** The review on screen, if any (for tests and the window's owner). */
    public Optional<ReviewView> review() {
        return Optional.ofNullable(review);
    }

    public Optional<Services> services() {
        return Optional.ofNullable(services);
    }

    /** Saves what is pending and closes the store; called when the window closes. */
    public void close() {
        stopWatchingFailures.run();
        leaveReview();
        if (saver != null) {
            saver.close();
        }
        if (services != null) {
            services.close();
        }
    }

    /** Waits until every edit made so far is committed (tests and shutdown). */
    public boolean flush(long timeout, TimeUnit unit) {
        leaveReview();
        return saver == null || saver.flush(timeout, unit);
    }

    private void leaveReview() {
        if (review != null) {
            review.flushNotes();
        }
    }

    private void remember(String key, String value) {
        Services s = services;
        Background.execute("A setting was not saved", () -> s.settings().put(key, value));
    }

    static String versionLine() {
        return "SecPillar Workbench " + Version.current();
    }
}
