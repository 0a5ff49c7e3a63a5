package io.secpillar.report;

import io.secpillar.evidence.Status;

import java.util.Comparator;

/** One evidence result as the report prints it: which check, which resource, where, the outcome and why. */
public record EvidenceLine(String checkId, String checkTitle, Status status, String accountId, String region,
                           String resourceId, String reason) {

    /** Failing resources first, then what could not be assessed, then passes; stable within each group. */
    public static final Comparator<EvidenceLine> FAILING_FIRST = Comparator
            .comparingInt((EvidenceLine l) -> rank(l.status()))
            .thenComparing(EvidenceLine::checkTitle)
            .thenComparing(EvidenceLine::accountId)
            .thenComparing(EvidenceLine::region)
            .thenComparing(EvidenceLine::resourceId);

    /** Grouped by check (by title), failing first within each check: the order of the appendix. */
    public static final Comparator<EvidenceLine> BY_CHECK = Comparator
            .comparing(EvidenceLine::checkTitle)
            .thenComparing(EvidenceLine::checkId)
            .thenComparing(FAILING_FIRST);

    public static int rank(Status status) {
        return switch (status) {
            case FAIL -> 0;
            case COULD_NOT_ASSESS -> 1;
            case PASS -> 2;
            case NOT_APPLICABLE -> 3;
        };
    }

    /** The words the report uses for a result. */
    public static String statusLabel(Status status) {
        return switch (status) {
            case PASS -> "Passed";
            case FAIL -> "Failed";
            case NOT_APPLICABLE -> "Not applicable";
            case COULD_NOT_ASSESS -> "Could not assess";
        };
    }

    /** The short words for a result badge in a narrow table column. */
    public static String shortLabel(Status status) {
        return switch (status) {
            case PASS -> "Passed";
            case FAIL -> "Failed";
            case NOT_APPLICABLE -> "N/A";
            case COULD_NOT_ASSESS -> "Not assessed";
        };
    }
}
