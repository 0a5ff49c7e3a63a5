package io.secpillar.ui.evidence;

import io.secpillar.evidence.CheckEvaluation;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.port.EvidenceStore;
import io.secpillar.evidence.scan.ConnectionCheck;
import io.secpillar.evidence.scan.EvidenceScanner;
import io.secpillar.evidence.scan.RegionSelection;
import io.secpillar.evidence.scan.ScanCancellation;
import io.secpillar.evidence.scan.ScanListener;
import io.secpillar.evidence.scan.ScanProgress;
import io.secpillar.evidence.scan.ScanRequest;
import io.secpillar.evidence.scan.ScanResult;
import io.secpillar.evidence.scan.ScanSetupException;
import io.secpillar.ui.common.Background;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * State and commands of the Evidence view. Every AWS call and database read runs in the background; only
 * results and coalesced progress come back to the JavaFX thread, so the window never freezes.
 */
public final class EvidenceViewModel {

    public final ObservableList<ProfileChoice> profiles = FXCollections.observableArrayList();
    public final StringProperty regions = new SimpleStringProperty("");
    public final ObservableList<String> enabledRegions = FXCollections.observableArrayList();
    public final StringProperty connection = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty();
    public final BooleanProperty running = new SimpleBooleanProperty();
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final StringProperty progressText = new SimpleStringProperty("");
    public final StringProperty progressDetail = new SimpleStringProperty("");
    public final StringProperty message = new SimpleStringProperty("");
    public final ObservableList<EvidenceRunInfo> runs = FXCollections.observableArrayList();
    public final ObjectProperty<EvidenceRunInfo> selectedRun = new SimpleObjectProperty<>();
    public final StringProperty runNote = new SimpleStringProperty("");
    public final ObservableList<EvidenceResult> results = FXCollections.observableArrayList();
    public final FilteredList<EvidenceResult> visibleResults = new FilteredList<>(results);
    public final ResultFilter filter = new ResultFilter();
    public final ObservableList<String> services = FXCollections.observableArrayList();
    public final ObservableList<String> accounts = FXCollections.observableArrayList();
    public final ObservableList<String> resultRegions = FXCollections.observableArrayList();
    public final ObservableList<String> practices = FXCollections.observableArrayList();
    public final ObjectProperty<EvidenceResult> selectedResult = new SimpleObjectProperty<>();

    private final EvidenceScanner scanner;
    private final EvidenceStore store;
    private final Optional<Long> workloadId;
    private volatile ScanCancellation cancellation;

    public EvidenceViewModel(EvidenceScanner scanner, EvidenceStore store, Optional<Long> workloadId) {
        this.scanner = scanner;
        this.store = store;
        this.workloadId = workloadId;
        visibleResults.predicateProperty().bind(filter.predicate());
        selectedRun.addListener((o, was, run) -> loadResults(run));
    }

    /** Reads the profiles and the stored runs, in the background. */
    public void load() {
        Background.run("The AWS profiles could not be read", () -> scanner.access().profiles(), list -> {
            profiles.setAll(list.stream().map(ProfileChoice::new).toList());
            if (profiles.size() == 1) {
                profiles.get(0).selectedProperty().set(true);
            }
        }, e -> message.set("Could not read the AWS profiles: " + CheckEvaluation.describe(e)));
        loadRuns(Optional.empty());
    }

    public List<String> selectedProfiles() {
        return profiles.stream().filter(p -> p.selectedProperty().get()).map(ProfileChoice::name).toList();
    }

    public void testConnection() {
        List<String> chosen = selectedProfiles();
        if (chosen.isEmpty()) {
            message.set("Tick at least one profile first.");
            return;
        }
        busy.set(true);
        connection.set("Connecting…");
        Background.run("Test connection failed", () -> chosen.stream().map(p -> scanner.access().testConnection(p)).toList(), checks -> {
            busy.set(false);
            List<String> lines = new ArrayList<>();
            TreeSet<String> union = new TreeSet<>();
            for (ConnectionCheck c : checks) {
                lines.add(c.ok() ? c.profile() + ": account " + c.accountId().orElse("?") + " as "
                        + c.callerArn().orElse("?") + c.regionsProblem().map(p -> " (regions not listed: " + p + ")")
                        .orElse(" (" + c.enabledRegions().size() + " regions enabled)")
                        : c.profile() + ": " + c.problem().orElse("failed"));
                union.addAll(c.enabledRegions());
            }
            connection.set(String.join("\n", lines));
            enabledRegions.setAll(union);
        }, e -> {
            busy.set(false);
            connection.set("Test connection failed: " + CheckEvaluation.describe(e));
        });
    }

    /** Prepares and runs a scan in the background; the new run is selected when it ends. */
    public void run() {
        ScanRequest request = new ScanRequest(selectedProfiles(), RegionSelection.parse(regions.get()), workloadId);
        ScanCancellation cancel = new ScanCancellation();
        cancellation = cancel;
        running.set(true);
        busy.set(true);
        progress.set(-1);
        progressText.set("Connecting to the accounts…");
        message.set("");
        Background.run("The scan could not run", () -> scanner.run(scanner.prepare(request), new FxProgress(), cancel), this::finished, e -> {
            running.set(false);
            busy.set(false);
            progress.set(0);
            progressText.set("");
            message.set(e instanceof ScanSetupException ? e.getMessage()
                    : "The scan could not run: " + CheckEvaluation.describe(e));
        });
    }

    public void cancel() {
        ScanCancellation c = cancellation;
        if (c != null) {
            progressText.set("Cancelling: finishing the calls in flight…");
            Background.execute("The scan could not be cancelled", c::cancel);
        }
    }

    private void finished(ScanResult result) {
        running.set(false);
        busy.set(false);
        progress.set(1);
        progressDetail.set("");
        String state = result.outcome().state().name().toLowerCase(java.util.Locale.ROOT);
        progressText.set("Run " + result.runId() + " " + state + ": " + EvidenceScanner.countsLine(result.outcome()));
        result.outcome().error().ifPresent(message::set);
        loadRuns(Optional.of(result.runId()));
    }

    private void loadRuns(Optional<Long> select) {
        Background.run("The stored runs could not be read", () -> workloadId.map(store::runsForWorkload).orElseGet(store::runs), list -> {
            runs.setAll(list);
            Optional<EvidenceRunInfo> pick = select.flatMap(id -> list.stream().filter(r -> r.id() == id).findFirst())
                    .or(() -> list.stream().findFirst());
            selectedRun.set(pick.orElse(null));
        }, e -> message.set("Could not read the stored runs: " + CheckEvaluation.describe(e)));
    }

    private void loadResults(EvidenceRunInfo run) {
        selectedResult.set(null);
        if (run == null) {
            results.clear();
            return;
        }
        runNote.set(run.state() == EvidenceRunInfo.State.RUNNING ? "Run " + run.id() + " is still running." : "");
        Background.run("Run " + run.id() + " could not be read", () -> store.results(run.id()), list -> {
            if (selectedRun.get() != null && selectedRun.get().id() == run.id()) {
                results.setAll(list);
                refreshFilterChoices(list);
            }
        }, e -> message.set("Could not read run " + run.id() + ": " + CheckEvaluation.describe(e)));
        Background.run("Why run " + run.id() + " stopped could not be read", () -> store.error(run.id()),
                error -> error.ifPresent(text -> runNote.set("Run " + run.id() + " "
                        + run.state().name().toLowerCase(java.util.Locale.ROOT) + ": " + text)),
                e -> message.set("Could not read why run " + run.id() + " stopped: " + CheckEvaluation.describe(e)));
    }

    private void refreshFilterChoices(List<EvidenceResult> list) {
        services.setAll(new TreeSet<>(list.stream().map(r -> r.check().service()).toList()));
        accounts.setAll(new TreeSet<>(list.stream().map(r -> r.finding().accountId()).toList()));
        resultRegions.setAll(new TreeSet<>(list.stream().map(r -> r.finding().region()).toList()));
        practices.setAll(new TreeSet<>(list.stream().flatMap(r -> r.bestPractices().stream()).toList()));
    }

    /** Hands progress to the JavaFX thread at most once per frame, however fast units finish. */
    private final class FxProgress implements ScanListener {
        private final AtomicReference<ScanProgress> latest = new AtomicReference<>();
        private final AtomicBoolean posted = new AtomicBoolean();

        @Override
        public void progress(ScanProgress p) {
            latest.set(p);
            if (posted.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    posted.set(false);
                    ScanProgress now = latest.get();
                    if (running.get() && now != null) {
                        progress.set(now.total() == 0 ? -1 : now.fraction());
                        progressText.set(now.summary());
                        progressDetail.set(now.unfinishedPlaces(6));
                    }
                });
            }
        }
    }
}
