package io.secpillar.evidence.scan;

import io.secpillar.evidence.CheckEvaluation;
import io.secpillar.evidence.CheckInfo;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.port.EvidenceStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Saves each batch of findings as it arrives, on one writer thread of its own: scan workers are interrupted on
 * cancel, and an interrupt must never land in the middle of a database write. If saving fails, the scan is
 * cancelled (scanning on without saving would only lose more) and the error is reported.
 */
final class StoringListener implements ScanListener {

    private final EvidenceStore store;
    private final long runId;
    private final Map<String, CheckInfo> checks;
    private final CheckMapping mapping;
    private final ScanCancellation cancellation;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "secpillar-evidence-writer");
        t.setDaemon(true);
        return t;
    });
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final Queue<List<EvidenceResult>> pending = new ConcurrentLinkedQueue<>();

    StoringListener(EvidenceStore store, long runId, Map<String, CheckInfo> checks, CheckMapping mapping,
                    ScanCancellation cancellation) {
        this.store = store;
        this.runId = runId;
        this.checks = Map.copyOf(checks);
        this.mapping = mapping;
        this.cancellation = cancellation;
    }

    @Override
    public void findings(List<Finding> batch) {
        List<EvidenceResult> results = batch.stream().map(f -> EvidenceResult.of(f,
                checks.getOrDefault(f.checkId(), CheckInfo.unknown(f.checkId())), mapping)).toList();
        pending.add(results);
        writer.execute(this::saveWhatIsPending);
    }

    /** Saves every batch waiting at this moment in one transaction, so a busy scan needs fewer commits. */
    private void saveWhatIsPending() {
        List<EvidenceResult> all = new ArrayList<>();
        for (List<EvidenceResult> batch = pending.poll(); batch != null; batch = pending.poll()) {
            all.addAll(batch);
        }
        if (all.isEmpty() || failure.get() != null) {
            return;
        }
        try {
            store.append(runId, all);
        } catch (RuntimeException e) {
            failure.compareAndSet(null, "Saving results failed: " + CheckEvaluation.describe(e));
            cancellation.cancel();
        }
    }

    /** Waits until every batch handed in so far is saved; returns the saving error, if any. */
    Optional<String> drain() {
        writer.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (writer.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return Optional.ofNullable(failure.get());
    }
}
