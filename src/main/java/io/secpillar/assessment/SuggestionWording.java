package io.secpillar.assessment;

import io.secpillar.assessment.PracticeEvidence.CheckTally;
import io.secpillar.assessment.PracticeEvidence.Verdict;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.Status;

import java.util.List;
import java.util.stream.Collectors;

/** The suggestion sentence beside a best practice, in our own words. */
final class SuggestionWording {

    private SuggestionWording() {
    }

    static String sentence(Verdict verdict, long runId, List<CheckTally> tallies, List<EvidenceResult> results,
                           boolean unmapped) {
        return switch (verdict) {
            case NOT_IN_PLACE -> "Evidence suggests this is not in place: " + tallies.stream().filter(t -> t.failed() > 0)
                    .map(t -> t.failed() + " of " + t.assessed() + " " + t.noun() + " fail “" + t.title() + "”")
                    .collect(Collectors.joining("; ")) + cnaNote(results) + ".";
            case IN_PLACE -> "Evidence suggests this is in place: all " + assessed(results) + " results of "
                    + plural(tallies.size(), "check") + " pass.";
            case LIKELY_IN_PLACE -> "Evidence leans towards in place: " + assessed(results) + " results pass and none"
                    + " fail, but " + count(results, Status.COULD_NOT_ASSESS) + " could not be assessed ("
                    + firstReason(results) + ").";
            case UNKNOWN -> "Evidence could not decide: " + plural(count(results, Status.COULD_NOT_ASSESS), "result")
                    + " could not be assessed (" + firstReason(results) + ").";
            case NO_EVIDENCE -> unmapped ? "No automated check covers this practice; ask the client for evidence."
                    : "Run " + runId + " holds no results for the checks of this practice.";
        };
    }

    private static String cnaNote(List<EvidenceResult> results) {
        int cna = count(results, Status.COULD_NOT_ASSESS);
        return cna == 0 ? "" : " (and " + cna + " could not be assessed)";
    }

    private static int assessed(List<EvidenceResult> results) {
        return count(results, Status.PASS) + count(results, Status.FAIL);
    }

    private static String firstReason(List<EvidenceResult> results) {
        return results.stream().filter(r -> r.status() == Status.COULD_NOT_ASSESS)
                .map(r -> r.finding().reason()).filter(s -> !s.isBlank()).findFirst().orElse("no reason recorded");
    }

    private static int count(List<EvidenceResult> results, Status s) {
        return (int) results.stream().filter(r -> r.status() == s).count();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
