package io.secpillar.evidence.inventory.guardduty;

import io.secpillar.evidence.Fetched;

import java.util.List;

/**
 * The GuardDuty detectors of one region (none means GuardDuty was never turned on there), each with its
 * status and the ids of its open (not archived) findings of high or critical severity.
 */
public record GuardDutyInventory(Fetched<List<DetectorState>> detectors) {

    public static final String LIST_DETECTORS = "guardduty:ListDetectors";
    public static final String GET_DETECTOR = "guardduty:GetDetector";
    public static final String LIST_FINDINGS = "guardduty:ListFindings";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_DETECTORS, GET_DETECTOR, LIST_FINDINGS);

    /** GuardDuty counts severity 7.0 to 8.9 as high and 9.0 and above as critical. */
    public static final long HIGH_SEVERITY = 7;

    /** Enough finding ids to make the point; past this many, further pages are not read. */
    public static final int FINDINGS_CAP = 1000;

    /** One detector: its ARN, its settings and its open high-severity finding ids. */
    public record DetectorState(String arn, Fetched<Detector> detector, Fetched<List<String>> highSeverityFindings) {
    }

    /** What GetDetector says: ENABLED or DISABLED, and {@code proof}, the answer as AWS gave it. */
    public record Detector(String status, String proof) {
    }
}
