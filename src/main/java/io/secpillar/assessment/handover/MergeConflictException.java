package io.secpillar.assessment.handover;

/** A merge that cannot be applied as asked (conflicts unresolved, or the review changed since it was planned). */
public final class MergeConflictException extends RuntimeException {
    public MergeConflictException(String message) {
        super(message);
    }
}
