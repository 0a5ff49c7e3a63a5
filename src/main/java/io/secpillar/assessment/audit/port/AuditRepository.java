package io.secpillar.assessment.audit.port;

import io.secpillar.assessment.audit.AuditRecord;
import io.secpillar.assessment.audit.ChainHead;

import java.util.List;
import java.util.function.Consumer;

/** Stores the audit trail: one append-only chain of records per workload. */
public interface AuditRepository {

    /** The last record's sequence and hash, or {@link ChainHead#empty()} for a workload without records. */
    ChainHead head(long workloadId);

    void append(long workloadId, AuditRecord record);

    /** Appends records as they are (a chain carried over from a hand-over file), in one batch. */
    void appendAll(long workloadId, List<AuditRecord> records);

    /** Streams the workload's records in sequence order, without holding them all in memory. */
    void forEach(long workloadId, Consumer<AuditRecord> consumer);

    /** The records about one subject (a question id, a milestone uid, …), oldest first. */
    List<AuditRecord> about(long workloadId, String subject);

    /** The newest records first, for a page of the trail. */
    List<AuditRecord> latest(long workloadId, int offset, int limit);

    /** Workloads that have no record yet (created before the trail existed). */
    List<Long> workloadsWithoutTrail();
}
