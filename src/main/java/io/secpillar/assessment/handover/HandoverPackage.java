package io.secpillar.assessment.handover;

import java.util.Map;

/** A hand-over file read and checked for integrity: its content hash, its content, and the attached files by hash. */
public record HandoverPackage(String contentSha256, HandoverContent content, Map<String, byte[]> attachments) {

    public HandoverPackage {
        attachments = Map.copyOf(attachments);
    }
}
