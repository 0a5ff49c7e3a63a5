package io.secpillar.evidence.port;

import io.secpillar.evidence.CheckInfo;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.NewEvidenceRun;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The writing side of the evidence store, plus the richer reads the evidence screens need. A run is started
 * before its first result, receives its results in batches as they arrive (so a cancel or a crash keeps what
 * was found), and is finished once. Runs are never overwritten or merged.
 */
public interface EvidenceStore extends EvidenceRepository {

    long startRun(NewEvidenceRun run);

    /** Adds one batch of results, committed together. */
    void append(long runId, List<EvidenceResult> results);

    void finish(long runId, EvidenceRunInfo.State state, Instant endedAt, Optional<String> error);

    /** Every run, newest first. */
    List<EvidenceRunInfo> runs();

    List<EvidenceResult> results(long runId);

    /** The checks the run used, as they were described then (also those that produced no result). */
    List<CheckInfo> checks(long runId);

    /** Why a run failed or was interrupted, if it did. */
    Optional<String> error(long runId);

    /**
     * Marks runs still RUNNING as FAILED with an "interrupted" note. Called when the store is opened: only one
     * workbench uses a data directory at a time, so a run still RUNNING then was cut off by a crash or a kill.
     */
    int markInterrupted(Instant now);
}
