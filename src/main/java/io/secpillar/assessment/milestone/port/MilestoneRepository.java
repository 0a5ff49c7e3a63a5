package io.secpillar.assessment.milestone.port;

import io.secpillar.assessment.milestone.Milestone;

import java.util.List;
import java.util.Optional;

/** Stores milestones; a stored milestone is never changed, only deleted. */
public interface MilestoneRepository {

    /** Stores the milestone (its id is ignored) and returns it with the id given. */
    Milestone insert(Milestone milestone);

    /** The workload's milestones, oldest first; a snapshot that no longer matches its SHA-256 is refused as damage. */
    List<Milestone> forWorkload(long workloadId);

    /**
     * The workload's milestones exactly as stored, without refusing a changed snapshot: for the audit, which must
     * say which milestone differs from what its trail recorded rather than stop at the first one.
     */
    List<Milestone> forWorkloadAsStored(long workloadId);

    Optional<Milestone> find(long id);

    boolean delete(long id);
}
