package io.secpillar.evidence;

/** The outcome of a check for one resource. COULD_NOT_ASSESS always carries its reason: never a silent pass. */
public enum Status {
    PASS, FAIL, NOT_APPLICABLE, COULD_NOT_ASSESS
}
