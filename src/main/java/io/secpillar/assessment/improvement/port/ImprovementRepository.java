package io.secpillar.assessment.improvement.port;

import io.secpillar.assessment.improvement.ImprovementTracking;

import java.util.List;

/** Stores the tracking of improvement items, one row per workload and best practice. */
public interface ImprovementRepository {

    List<ImprovementTracking> forWorkload(long workloadId);

    /** Inserts or replaces the tracking of that practice. */
    void save(long workloadId, ImprovementTracking tracking);
}
