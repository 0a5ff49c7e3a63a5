package io.secpillar.evidence.aws;

import io.secpillar.evidence.ScanOutcome;

/** A finished scan: the id of its stored run, and how it ended. */
public record ScanResult(long runId, ScanOutcome outcome) {
}
