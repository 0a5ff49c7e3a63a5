package io.secpillar.assessment.port;

import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores workloads. Implementations persist every call before returning. */
public interface WorkloadRepository {

    List<Workload> findAll();

    Optional<Workload> find(long id);

    Workload create(WorkloadDraft draft, Instant at);

    Workload update(long id, WorkloadDraft draft, Instant at);

    /**
     * Creates a workload that keeps the identity (uid) and dates it had elsewhere, e.g. in the data directory a
     * hand-over file came from.
     */
    Workload createWithIdentity(WorkloadDraft draft, String uid, Instant createdAt, Instant updatedAt);

    /** The workload's identity across data directories (a UUID), given when it was created. */
    String uid(long id);

    Optional<Workload> findByUid(String uid);

    /** Deletes the workload with its reviews and answers; false when there was none. */
    boolean delete(long id);
}
