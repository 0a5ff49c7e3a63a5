package io.secpillar.assessment.milestone;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A saved milestone as stored: its identity, name, note, when and by whom, the local id of the evidence run it was
 * taken with, and its immutable snapshot as canonical JSON with that JSON's SHA-256 (the audit trail records the
 * same hash, so a snapshot edited behind the app's back is found). {@link MilestoneService#snapshot} reads it.
 */
public record Milestone(long id, String uid, long workloadId, String name, String note, Instant createdAt,
                        String createdBy, Optional<Long> evidenceRunId, String content, String contentSha256) {

    public static final int MAX_NAME = 100;
    public static final int MAX_NOTE = 2000;

    public Milestone {
        Objects.requireNonNull(uid, "uid");
        name = Objects.requireNonNullElse(name, "");
        note = Objects.requireNonNullElse(note, "");
        Objects.requireNonNull(createdAt, "createdAt");
        createdBy = Objects.requireNonNullElse(createdBy, "");
        Objects.requireNonNull(evidenceRunId, "evidenceRunId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentSha256, "contentSha256");
    }

    public Milestone withId(long newId, long newWorkloadId, Optional<Long> runId) {
        return new Milestone(newId, uid, newWorkloadId, name, note, createdAt, createdBy, runId, content, contentSha256);
    }
}
