package io.secpillar.evidence.scan;


/** A finished scan: the id of its stored run, and how it ended. */
public record ScanResult(long runId, ScanOutcome outcome) {
}
