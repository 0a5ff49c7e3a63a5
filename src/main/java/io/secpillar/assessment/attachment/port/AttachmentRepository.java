package io.secpillar.assessment.attachment.port;

import io.secpillar.assessment.attachment.Attachment;

import java.util.List;
import java.util.Optional;

/** Stores attachments and their file contents, each content once per SHA-256. */
public interface AttachmentRepository {

    /** Stores the attachment (its id is ignored) and, for a file, its content unless that hash is stored already. */
    Attachment add(Attachment attachment, Optional<byte[]> content);

    /** The workload's attachments, by question, practice, then when attached. */
    List<Attachment> forWorkload(long workloadId);

    Optional<Attachment> find(long id);

    Optional<byte[]> content(String sha256);

    /** Removes the attachment, and its content when no other attachment holds the same bytes. */
    boolean remove(long id);
}
