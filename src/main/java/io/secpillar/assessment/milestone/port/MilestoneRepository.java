package io.secpillar.assessment.milestone.port;

import io.secpillar.assessment.milestone.Milestone;

import java.util.List;
import java.util.Optional;

/** Stores milestones; a stored milestone is never changed, only deleted. */
public interface MilestoneRepository {

    /** Stores the milestone (its id is ignored) and returns it with the id given. */
    Milestone insert(Milestone milestone);

    /** The workload's milestones, oldest first. */
    List<Milestone> forWorkload(long workloadId);

    Optional<Milestone> find(long id);

    boolean delete(long id);
}
