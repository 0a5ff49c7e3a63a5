package io.secpillar.evidence.scan;

import io.secpillar.evidence.CatalogVersion;
import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckEvaluation;
import io.secpillar.evidence.CheckInfo;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.NewEvidenceRun;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.port.EvidenceStore;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scan from request to stored run, shared by the Evidence view and the scan command: prepare (profiles
 * resolved to accounts, regions checked), then run the engine over AWS inventories while every batch of
 * findings is saved. The run row is written before the first result and closed with its final state, so a
 * cancel keeps what was found and a crash leaves an honest RUNNING row behind. The checks, their mapping and the
 * way to read inventories are handed in: the scan knows neither the catalog nor the AWS SDK.
 */
public final class EvidenceScanner {

    private final AwsAccess access;
    private final InventoryReader reader;
    private final EvidenceStore store;
    private final List<Check<?>> checks;
    private final CheckMapping mapping;
    private final ScanSettings settings;
    private final Clock clock;

    public EvidenceScanner(AwsAccess access, InventoryReader reader, EvidenceStore store, List<Check<?>> checks,
                           CheckMapping mapping, ScanSettings settings, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.store = store;
        this.checks = List.copyOf(checks);
        this.mapping = mapping;
        this.settings = settings;
        this.clock = clock;
    }

    public AwsAccess access() {
        return access;
    }

    public List<Check<?>> checks() {
        return checks;
    }

    public CheckMapping mapping() {
        return mapping;
    }

    /** Resolves and checks the request; throws {@link ScanSetupException} with a message when it cannot run. */
    public PreparedScan prepare(ScanRequest request) {
        return new ScanPreparer(access).prepare(request);
    }

    /** Runs the prepared scan on the calling thread (a background thread in the UI) and stores it. */
    public ScanResult run(PreparedScan prepared, ScanListener listener, ScanCancellation cancellation) {
        ScanPlan plan = prepared.plan();
        Map<String, CheckInfo> infos = new LinkedHashMap<>();
        checks.forEach(c -> infos.put(c.metadata().id(), CheckInfo.of(c.metadata())));
        long runId = store.startRun(new NewEvidenceRun(prepared.workloadId(), plan.profiles(), plan.accountIds(),
                plan.regions(), CatalogVersion.of(checks, mapping), clock.instant(), List.copyOf(infos.values())));
        StoringListener storing = new StoringListener(store, runId, infos, mapping, cancellation);
        ScanOutcome outcome;
        try {
            CatalogInventorySource source = new CatalogInventorySource(reader, plan);
            outcome = new EvidenceEngine(checks, settings).run(plan, source, storing.andThen(listener), cancellation);
        } catch (RuntimeException e) {
            outcome = new ScanOutcome(EvidenceRunInfo.State.FAILED, 0, 0, Map.of(),
                    Optional.of("The scan stopped unexpectedly (" + CheckEvaluation.describe(e) + ")"));
        }
        Optional<String> saveError = storing.drain();
        if (saveError.isPresent()) {
            outcome = new ScanOutcome(EvidenceRunInfo.State.FAILED, outcome.unitsDone(), outcome.unitsTotal(),
                    outcome.counts(), saveError);
        }
        finish(runId, outcome);
        return new ScanResult(runId, outcome);
    }

    private void finish(long runId, ScanOutcome outcome) {
        // the caller may have been interrupted by a cancel; the closing write must still happen
        boolean interrupted = Thread.interrupted();
        try {
            store.finish(runId, outcome.state(), clock.instant(), outcome.error());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A count line such as "12 passed, 3 failed, 1 not applicable, 2 could not be assessed". */
    public static String countsLine(ScanOutcome outcome) {
        return outcome.count(Status.PASS) + " passed, " + outcome.count(Status.FAIL) + " failed, "
                + outcome.count(Status.NOT_APPLICABLE) + " not applicable, " + outcome.count(Status.COULD_NOT_ASSESS)
                + " could not be assessed";
    }
}
