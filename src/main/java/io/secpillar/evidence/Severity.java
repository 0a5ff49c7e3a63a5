package io.secpillar.evidence;

/** How much a failing check matters. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL
}
