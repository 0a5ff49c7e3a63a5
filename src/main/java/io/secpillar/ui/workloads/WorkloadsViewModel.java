package io.secpillar.ui.workloads;

import io.secpillar.assessment.DeletionImpact;
import io.secpillar.assessment.DemoWorkload;
import io.secpillar.assessment.LensLibrary;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.assessment.WorkloadSummary;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.ui.common.Background;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.ToLongFunction;

/**
 * The workload list with its search, and the commands of the workloads page: every read and write of the store
 * runs in the background; the view is told the outcome (a failure also by the {@link #onError error handler}).
 */
public final class WorkloadsViewModel {

    private final ObservableList<WorkloadSummary> all = FXCollections.observableArrayList();
    private final FilteredList<WorkloadSummary> shown = new FilteredList<>(all, s -> true);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final BooleanProperty demoOpening = new SimpleBooleanProperty(false);
    private final ReviewService reviews;
    private final LensLibrary lenses;
    private final DemoWorkload demo;
    private final LongConsumer openReview;
    private final ToLongFunction<Long> evidenceRuns;
    private BiConsumer<String, String> errors = (header, message) -> { };

    public WorkloadsViewModel(ReviewService reviews, LensLibrary lenses, DemoWorkload demo, LongConsumer openReview) {
        this(reviews, lenses, demo, openReview, workloadId -> 0);
    }

    /** @param evidenceRuns how many evidence runs a workload has in the store (read in the background) */
    public WorkloadsViewModel(ReviewService reviews, LensLibrary lenses, DemoWorkload demo, LongConsumer openReview,
                              ToLongFunction<Long> evidenceRuns) {
        this.evidenceRuns = evidenceRuns;
        this.reviews = reviews;
        this.lenses = lenses;
        this.demo = demo;
        this.openReview = openReview;
        search.addListener((obs, was, now) -> shown.setPredicate(s -> matches(s, now)));
    }

    public ObservableList<WorkloadSummary> shown() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** False until the list was read once (the list says "Loading…" until then). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public ReadOnlyBooleanProperty demoOpeningProperty() {
        return demoOpening;
    }

    /** Where failures go besides the status bar, as a header and a message (the view shows a dialog). */
    public void onError(BiConsumer<String, String> handler) {
        this.errors = handler;
    }

    /** Reads the list again, then runs {@code then} on the JavaFX thread. */
    public void reload(Runnable then) {
        run("The workloads could not be read", reviews::summaries, summaries -> {
            all.setAll(summaries);
            loaded.set(true);
            then.run();
        });
    }

    public void open(Workload workload) {
        openReview.accept(workload.id());
    }

    /** The lenses a new workload may be reviewed with. */
    public void lenses(Consumer<List<LoadedLens>> then) {
        run("The lenses could not be read", lenses::available, then);
    }

    /** Creates the workload (with the bundled lens unless one is chosen) and opens its review. */
    public void create(WorkloadDraft draft, Optional<LoadedLens> lens) {
        run("The workload was not created", () -> reviews.create(draft, lens.orElse(lenses.bundled())),
                w -> openReview.accept(w.id()));
    }

    public void update(Workload workload, WorkloadDraft draft) {
        run("The changes were not saved", () -> reviews.update(workload.id(), draft), w -> reload(() -> { }));
    }

    /** What deleting would lose, for the confirmation. */
    /** True when the store holds no workload at all; reads the store, so call it in the background. */
    boolean storeIsEmpty() {
        return reviews.summaries().isEmpty();
    }

    /** What deleting loses (and what it keeps), as sentences for the confirmation. */
    public void deletionImpact(Workload workload, Consumer<String> then) {
        run("The workload could not be read", () -> {
            DeletionImpact impact = reviews.deletionImpact(workload.id());
            long runs = evidenceRuns.applyAsLong(workload.id());
            return impact.describe() + (runs == 0 ? "" : "\nIts " + runs + (runs == 1 ? " evidence run stays" : " evidence runs stay")
                    + " in the store, no longer tied to a workload.");
        }, then);
    }

    public void delete(Workload workload) {
        run("The workload was not deleted", () -> reviews.delete(workload.id()), done -> reload(() -> { }));
    }

    /** Opens the demo workload, creating it with its answers and evidence the first time. */
    public void openDemo() {
        demoOpening.set(true);
        Background.run("The demo could not be opened", demo::openOrCreate, w -> {
            demoOpening.set(false);
            openReview.accept(w.id());
        }, e -> {
            demoOpening.set(false);
            errors.accept("The demo could not be opened", e.getMessage());
        });
    }

    /** Reads and validates a custom lens file; a file with errors is refused whole. */
    public void importLens(Path file, Consumer<LensLibrary.ImportResult> then) {
        Background.run("The lens was not added", () -> lenses.importCustom(Files.readAllBytes(file)), then,
                e -> errors.accept("The lens was not added", file.getFileName() + " could not be read: "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }

    private <T> void run(String what, java.util.concurrent.Callable<T> work, Consumer<T> then) {
        Background.run(what, work, then, e -> errors.accept(what, e.getMessage()));
    }

    /** Every word typed must appear in the name, client, description, environment, accounts or regions. */
    static boolean matches(WorkloadSummary s, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        var w = s.workload();
        String haystack = String.join(" ", w.name(), w.client(), w.description(), w.environment().label(),
                String.join(" ", w.accountIds()), String.join(" ", w.regions()), w.reviewOwner())
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
