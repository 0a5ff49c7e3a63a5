package io.secpillar.evidence.port;

import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;

import java.util.List;
import java.util.Optional;

/** Reads stored evidence runs (the evidence feature adds the writing side). */
public interface EvidenceRepository {

    /** Runs attached to the workload, newest first. */
    List<EvidenceRunInfo> runsForWorkload(long workloadId);

    Optional<EvidenceRunInfo> run(long runId);

    List<Finding> findings(long runId);
}
