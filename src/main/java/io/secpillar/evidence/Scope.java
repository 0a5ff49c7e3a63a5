package io.secpillar.evidence;

/** Whether a check looks at an account once (GLOBAL, e.g. IAM) or at each region. */
public enum Scope {
    GLOBAL, REGIONAL
}
