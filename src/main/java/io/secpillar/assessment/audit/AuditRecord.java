package io.secpillar.assessment.audit;

import io.secpillar.assessment.ChangeKind;

import java.time.Instant;
import java.util.Objects;

/**
 * One record of a workload's audit trail: its place in the chain, when, what, about what, the state before and
 * after, who (reviewer name and OS user), and the two hashes that chain it: the predecessor's and its own, the
 * SHA-256 of {@link AuditRecordHasher#canonical its canonical content}.
 */
public record AuditRecord(long sequence, Instant at, ChangeKind kind, String subject, String summary, String before,
                          String after, String reviewer, String osUser, String previousHash, String hash) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        subject = Objects.requireNonNullElse(subject, "");
        summary = Objects.requireNonNullElse(summary, "");
        before = Objects.requireNonNullElse(before, "");
        after = Objects.requireNonNullElse(after, "");
        reviewer = Objects.requireNonNullElse(reviewer, "");
        osUser = Objects.requireNonNullElse(osUser, "");
        previousHash = Objects.requireNonNullElse(previousHash, "");
        hash = Objects.requireNonNullElse(hash, "");
    }

    /** "Anna Müller (OS user anna)". */
    public String who() {
        return osUser.isEmpty() || osUser.equals(reviewer) ? reviewer : reviewer + " (OS user " + osUser + ")";
    }
}
