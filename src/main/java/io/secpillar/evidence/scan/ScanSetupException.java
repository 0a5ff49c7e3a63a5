package io.secpillar.evidence.scan;

/** A scan cannot start, for a reason the user can fix (unknown profile, no credentials, no usable region). */
public final class ScanSetupException extends RuntimeException {
    public ScanSetupException(String message) {
        super(message);
    }
}
