package io.secpillar.evidence.scan;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckEvaluation;
import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryUnavailableException;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the checks of a scan plan: each unit (inventory × account × place) on a bounded pool, its findings
 * handed to the listener as one batch as soon as it finishes. A collector or check that fails turns into
 * could-not-assess findings; a unit that takes too long is interrupted and reported as timed out; cancelling
 * stops new units, interrupts the ones in flight and keeps what finished. Knows nothing of AWS: the
 * inventories come from the {@link InventorySource}.
 */
public final class EvidenceEngine {

    /** How long a cancelled scan waits for its units to stop before it is stored as cancelled without them. */
    static final java.time.Duration CANCEL_GRACE = java.time.Duration.ofMillis(1200);

    private final List<Check<?>> checks;
    private final ScanSettings settings;

    public EvidenceEngine(List<Check<?>> checks, ScanSettings settings) {
        this.checks = List.copyOf(checks);
        this.settings = settings;
    }

    public List<Check<?>> checks() {
        return checks;
    }

    public ScanSettings settings() {
        return settings;
    }

    /** Runs the scan on this thread's behalf and returns when every unit finished or the scan was cancelled. */
    public ScanOutcome run(ScanPlan plan, InventorySource source, ScanListener listener, ScanCancellation cancellation) {
        List<ScanUnit> units = ScanUnits.plan(plan, checks);
        ProgressTracker progress = new ProgressTracker(units);
        Map<Status, AtomicInteger> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, new AtomicInteger());
        }
        AtomicReference<String> failure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.concurrency(), threads("secpillar-scan"));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(threads("secpillar-scan-timer"));
        cancellation.onCancel(pool::shutdownNow);
        listener.progress(progress.snapshot());
        UnitRunner runner = new UnitRunner(source, cancellation, watchdog, settings);
        try {
            for (ScanUnit unit : units) {
                pool.execute(() -> {
                    if (cancellation.isCancelled() || failure.get() != null) {
                        return;
                    }
                    Optional<List<Finding>> findings = runner.run(unit);
                    if (findings.isEmpty()) {
                        return;
                    }
                    try {
                        listener.findings(findings.get());
                        findings.get().forEach(f -> counts.get(f.status()).incrementAndGet());
                        listener.progress(progress.finished(unit));
                    } catch (RuntimeException e) {
                        // the listener is the store: if it refuses, stop rather than scan on without saving
                        if (failure.compareAndSet(null, CheckEvaluation.describe(e))) {
                            pool.shutdownNow();
                        }
                    }
                });
            }
        } catch (RejectedExecutionException cancelledWhileQueueing) {
            // cancel() shut the pool down; the units already queued were dropped with it
        }
        pool.shutdown();
        awaitQuietly(pool, cancellation);
        watchdog.shutdownNow();
        EvidenceRunInfo.State state = failure.get() != null ? EvidenceRunInfo.State.FAILED
                : cancellation.isCancelled() ? EvidenceRunInfo.State.CANCELLED : EvidenceRunInfo.State.COMPLETED;
        Map<Status, Integer> totals = new EnumMap<>(Status.class);
        counts.forEach((s, n) -> totals.put(s, n.get()));
        return new ScanOutcome(state, progress.done(), units.size(), totals, Optional.ofNullable(failure.get()));
    }

    /**
     * Waits for the pool; an interrupt of the waiting thread counts as a cancel. After a cancel the workers get
     * {@link #CANCEL_GRACE} to stop (calls in flight are aborted by the adapter); one that does not answer to its
     * interrupt is left behind, so that the run is stored as cancelled promptly whatever the network does.
     */
    private static void awaitQuietly(ExecutorService pool, ScanCancellation cancellation) {
        boolean interrupted = false;
        long giveUpAt = Long.MAX_VALUE;
        while (true) {
            if (giveUpAt == Long.MAX_VALUE && cancellation.isCancelled()) {
                giveUpAt = System.nanoTime() + CANCEL_GRACE.toNanos();
            }
            try {
                if (pool.awaitTermination(50, TimeUnit.MILLISECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
                cancellation.cancel();
            }
            if (System.nanoTime() > giveUpAt) {
                break; // its results, if it ever has any, are dropped: the run is cancelled
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Runs one unit with its timeout; empty when the unit was cut short by a cancel (nothing to keep). */
    private static final class UnitRunner {
        private final InventorySource source;
        private final ScanCancellation cancellation;
        private final ScheduledExecutorService watchdog;
        private final ScanSettings settings;

        UnitRunner(InventorySource source, ScanCancellation cancellation, ScheduledExecutorService watchdog,
                   ScanSettings settings) {
            this.source = source;
            this.cancellation = cancellation;
            this.watchdog = watchdog;
            this.settings = settings;
        }

        Optional<List<Finding>> run(ScanUnit unit) {
            Target target = unit.target();
            if (!unit.regionEnabled()) {
                return Optional.of(CheckEvaluation.couldNotAssessAll(unit.checks(), target,
                        CouldNotAssessReason.REGION_NOT_OPTED_IN, "Region " + unit.place()
                                + " is not enabled for account " + target.accountId() + ", so it was not scanned"));
            }
            Thread worker = Thread.currentThread();
            AtomicBoolean timedOut = new AtomicBoolean();
            ScheduledFuture<?> timer = schedule(() -> {
                timedOut.set(true);
                worker.interrupt();
            });
            try {
                Object inventory = source.inventory(unit.inventoryType(), target);
                List<Finding> findings = new ArrayList<>();
                for (Check<?> check : unit.checks()) {
                    findings.addAll(CheckEvaluation.evaluate(check, inventory, target));
                }
                boolean interruptedByCancel = cancellation.isCancelled() && Thread.currentThread().isInterrupted();
                return interruptedByCancel ? Optional.empty() : Optional.of(findings);
            } catch (RuntimeException | LinkageError e) {
                if (cancellation.isCancelled()) {
                    return Optional.empty(); // most likely the cancel's own interrupt; nothing trustworthy to keep
                }
                if (timedOut.get()) {
                    return Optional.of(CheckEvaluation.couldNotAssessAll(unit.checks(), target,
                            CouldNotAssessReason.TIMEOUT, "Collecting " + unit.inventoryType().getSimpleName()
                                    + " took longer than " + settings.unitTimeout().toSeconds() + " s and was stopped"));
                }
                String why = e instanceof InventoryUnavailableException ? e.getMessage() : CheckEvaluation.describe(e);
                return Optional.of(CheckEvaluation.couldNotAssessAll(unit.checks(), target, CouldNotAssessReason.ERROR,
                        "Collecting " + unit.inventoryType().getSimpleName() + " failed: " + why));
            } finally {
                timer.cancel(false);
                if (timedOut.get()) {
                    Thread.interrupted(); // the timeout's interrupt must not leak into the next unit on this thread
                }
            }
        }

        private ScheduledFuture<?> schedule(Runnable r) {
            return watchdog.schedule(r, settings.unitTimeout().toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
