package io.secpillar.evidence;

/** Why a check could not decide. */
public enum CouldNotAssessReason {
    ACCESS_DENIED("Access denied"),
    SERVICE_NOT_ENABLED("Service not enabled"),
    REGION_NOT_OPTED_IN("Region not opted in"),
    THROTTLED("Throttled after retries"),
    TIMEOUT("Timed out"),
    CREDENTIALS("Credentials not usable"),
    ERROR("Unexpected error");

    private final String label;

    CouldNotAssessReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
