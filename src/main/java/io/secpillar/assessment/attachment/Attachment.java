package io.secpillar.assessment.attachment;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A document attached to a best practice for what no API can show (a threat model, an incident-response plan,
 * training records): a file kept in the data store with its SHA-256, or a link. Who attached it and when.
 */
public record Attachment(long id, String uid, long workloadId, String questionId, String choiceId, Kind kind,
                         String name, long size, Optional<String> sha256, Optional<String> link, String addedBy,
                         String osUser, Instant addedAt) {

    public enum Kind { FILE, LINK }

    public Attachment {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(choiceId, "choiceId");
        Objects.requireNonNull(kind, "kind");
        name = Objects.requireNonNullElse(name, "");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(link, "link");
        addedBy = Objects.requireNonNullElse(addedBy, "");
        osUser = Objects.requireNonNullElse(osUser, "");
        Objects.requireNonNull(addedAt, "addedAt");
    }

    public Attachment withId(long newId, long newWorkloadId) {
        return new Attachment(newId, uid, newWorkloadId, questionId, choiceId, kind, name, size, sha256, link, addedBy,
                osUser, addedAt);
    }

    /** "threat-model.pdf (2.1 MB)" or "Runbook (https://wiki.example.com/…)". */
    public String describe() {
        return kind == Kind.FILE ? "“" + name + "” (" + Sizes.human(size) + ")"
                : "“" + name + "” (" + link.orElse("") + ")";
    }
}
