package io.secpillar.assessment;

/** The workload asked for is not (or no longer) in the store. */
public final class NoSuchWorkloadException extends RuntimeException {
    public NoSuchWorkloadException(String what) {
        super("No workload " + what + " in this data directory.");
    }
}
