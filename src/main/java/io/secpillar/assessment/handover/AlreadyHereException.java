package io.secpillar.assessment.handover;

import io.secpillar.assessment.Workload;

/**
 * The workload of a hand-over file is already in this data directory (same identity). Nothing was changed; the
 * choices are to import it as a copy, or to merge the reviewer's changes into the workload here.
 */
public final class AlreadyHereException extends RuntimeException {

    private final transient Workload existing;

    public AlreadyHereException(String message, Workload existing) {
        super(message);
        this.existing = existing;
    }

    public Workload existing() {
        return existing;
    }
}
