package io.secpillar.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * One change as the audit trail records it: what kind, what it is about (a question id, a milestone uid, …), a
 * sentence for people, and the state before and after in canonical form ({@link CanonicalJson}, empty when there
 * was none). The reviewer is the actor's unless the change carries its own (an answer says who changed it).
 */
public record Change(ChangeKind kind, String subject, String summary, String before, String after,
                     Optional<String> reviewer) {

    public Change {
        Objects.requireNonNull(kind, "kind");
        subject = Objects.requireNonNullElse(subject, "");
        summary = Objects.requireNonNullElse(summary, "");
        before = Objects.requireNonNullElse(before, "");
        after = Objects.requireNonNullElse(after, "");
        reviewer = reviewer.filter(r -> !r.isBlank());
    }

    public static Change of(ChangeKind kind, String subject, String summary, String before, String after) {
        return new Change(kind, subject, summary, before, after, Optional.empty());
    }

    public Change by(String reviewerName) {
        return new Change(kind, subject, summary, before, after, Optional.ofNullable(reviewerName));
    }
}
