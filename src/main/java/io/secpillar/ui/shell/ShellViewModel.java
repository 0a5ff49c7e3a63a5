package io.secpillar.ui.shell;

import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.report.pdf.ReportKit;
import io.secpillar.ui.common.AnswerSaver;
import io.secpillar.ui.common.Background;
import io.secpillar.ui.page.OpenWorkload;
import io.secpillar.ui.page.UiServices;
import io.secpillar.ui.theme.SystemTheme;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The window's state and commands: opening the store (in the background, after the window is shown), which
 * workload is open, where the reviewer left off, who answers are stamped with, whether every edit is saved and
 * what last failed in the background. No controls here; {@link ShellView} shows it.
 */
public final class ShellViewModel {

    static final String LAST_WORKLOAD = "ui.lastWorkload";
    static final String LAST_QUESTION = "ui.lastQuestion.";

    private final Callable<UiServices> opener;
    private final ObjectProperty<UiServices> services = new SimpleObjectProperty<>();
    private final BooleanProperty opening = new SimpleBooleanProperty(true);
    private final StringProperty storeProblem = new SimpleStringProperty();
    private final ObjectProperty<OpenWorkload> workload = new SimpleObjectProperty<>();
    private final ObjectProperty<AnswerSaver.Status> saveStatus = new SimpleObjectProperty<>();
    private final StringProperty reviewerName = new SimpleStringProperty();
    private final StringProperty backgroundProblem = new SimpleStringProperty("");
    private final WindowPreferences preferences = new WindowPreferences();
    private final List<Runnable> readyListeners = new ArrayList<>();
    private final Runnable stopWatchingFailures;
    /** Read once off the FX thread; edits are stamped with it without touching the store. */
    private volatile String reviewer = System.getProperty("user.name", "reviewer");
    private volatile ReportKit reportKit;
    private AnswerSaver saver;
    private BiConsumer<String, String> errors = (header, message) -> { };

    /** @param opener opens the store and wires the services; called once, in the background */
    public ShellViewModel(Callable<UiServices> opener) {
        this.opener = opener;
        stopWatchingFailures = Background.watchFailures(f -> backgroundProblem.set(f.message()));
    }

    /** Opens the store off the FX thread; the window is already on screen. */
    public void openStore() {
        Background.run("The system's colour preference could not be read", SystemTheme::prefersDark,
                preferences::systemPrefersDark);
        Background.run("The data could not be opened", opener, this::ready,
                e -> storeProblem.set(e.getMessage() == null ? "Unknown error." : e.getMessage()));
    }

    private void ready(UiServices opened) {
        saver = new AnswerSaver(opened.reviews()::saveAnswer, Platform::runLater, saveStatus::set, commit -> { });
        services.set(opened);
        Background.run("The reviewer's name could not be read", opened.reviewerName()::current, name -> {
            reviewer = name;
            reviewerName.set(name);
        });
        Background.run("Where you left off could not be read", () -> new LeftOff(WindowPreferences.Stored.read(opened.settings()),
                opened.settings().get(LAST_WORKLOAD).filter(s -> s.matches("\\d+")).map(Long::parseLong)
                        .filter(id -> opened.reviews().find(id).isPresent())), left -> {
            preferences.restore(left.preferences(), this::remember);
            left.workload().ifPresentOrElse(this::openWorkload, this::showWorkloads);
            readyListeners.forEach(Runnable::run);
        }, e -> {
            preferences.restore(new WindowPreferences.Stored(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty()), this::remember);
            showWorkloads();
            readyListeners.forEach(Runnable::run);
        });
    }

    /** What the window reopens with, read off the FX thread. */
    private record LeftOff(WindowPreferences.Stored preferences, Optional<Long> workload) { }

    /** What opening a workload reads off the FX thread. */
    private record Opened(ReviewSnapshot snapshot, Optional<String> lastQuestion) { }

    public void openWorkload(long workloadId) {
        UiServices s = services.get();
        Background.run("The review could not be opened", () -> new Opened(s.reviews().open(workloadId),
                s.settings().get(LAST_QUESTION + workloadId)), opened -> {
            workload.set(new OpenWorkload(opened.snapshot(), opened.lastQuestion(),
                    questionId -> remember(LAST_QUESTION + workloadId, questionId)));
            opening.set(false);
            remember(LAST_WORKLOAD, String.valueOf(workloadId));
        }, e -> {
            opening.set(false);
            errors.accept("The review could not be opened", e.getMessage());
        });
    }

    /** Closes the open workload: the window shows its workbench page (the workloads) again. */
    public void showWorkloads() {
        if (services.get() != null) {
            workload.set(null);
            opening.set(false);
            remember(LAST_WORKLOAD, "");
        }
    }

    /** The report tools, assembled once in the background (the check catalog is read then). */
    public void withReportKit(Consumer<ReportKit> action) {
        ReportKit ready = reportKit;
        if (ready != null) {
            action.accept(ready);
            return;
        }
        UiServices s = services.get();
        if (s != null) {
            Background.run("The report tools could not start", s.reportKit()::get, kit -> {
                reportKit = kit;
                action.accept(kit);
            }, e -> errors.accept("The report tools could not start", e.getMessage()));
        }
    }

    public void changeReviewerName(String name) {
        reviewer = name;
        reviewerName.set(name);
        UiServices s = services.get();
        if (s != null) {
            Background.execute("The reviewer's name was not saved", () -> s.reviewerName().change(name));
        }
    }

    /** Stores a setting in the background (the last workload, the zoom); a failure shows in the status bar. */
    public void remember(String key, String value) {
        UiServices s = services.get();
        if (s != null) {
            Background.execute("A setting was not saved", () -> s.settings().put(key, value));
        }
    }

    public void retrySaving() {
        if (saver != null) {
            saver.retry();
        }
    }

    public void dismissProblem() {
        backgroundProblem.set("");
    }

    /** Where failures that need the user at once go (the view shows a dialog). */
    public void onError(BiConsumer<String, String> handler) {
        this.errors = handler;
    }

    public void onReady(Runnable listener) {
        readyListeners.add(listener);
    }

    public AnswerSaver saver() {
        return saver;
    }

    public String reviewer() {
        return reviewer;
    }

    public Optional<UiServices> services() {
        return Optional.ofNullable(services.get());
    }

    public ReadOnlyObjectProperty<UiServices> servicesProperty() {
        return services;
    }

    /** True until the store is open and the window knows what to show first. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening;
    }

    /** Why the store could not be opened; null while all is well. */
    public ReadOnlyStringProperty storeProblemProperty() {
        return storeProblem;
    }

    public ReadOnlyObjectProperty<OpenWorkload> workloadProperty() {
        return workload;
    }

    public ReadOnlyObjectProperty<AnswerSaver.Status> saveStatusProperty() {
        return saveStatus;
    }

    public ReadOnlyStringProperty reviewerNameProperty() {
        return reviewerName;
    }

    public ReadOnlyStringProperty backgroundProblemProperty() {
        return backgroundProblem;
    }

    /** Text size, colours, the timer and the question intro, as the reviewer chose them. */
    public WindowPreferences preferences() {
        return preferences;
    }

    /** Waits until every edit handed to the saver so far is committed (tests and shutdown). */
    public boolean flush(long timeout, TimeUnit unit) {
        return saver == null || saver.flush(timeout, unit);
    }

    /** Saves what is pending and closes the store; called when the window closes. */
    public void close() {
        stopWatchingFailures.run();
        if (saver != null) {
            saver.close();
        }
        UiServices s = services.get();
        if (s != null) {
            s.close().run();
        }
    }
}
