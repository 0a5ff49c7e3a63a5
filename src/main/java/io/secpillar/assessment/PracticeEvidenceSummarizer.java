package io.secpillar.assessment;

import io.secpillar.assessment.PracticeEvidence.CheckTally;
import io.secpillar.assessment.PracticeEvidence.Verdict;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.ResourceNoun;
import io.secpillar.evidence.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums up a run's results for each best practice through the check mapping, and words the suggestion, e.g.
 * "Evidence suggests this is not in place: 3 of 5 S3 buckets fail “S3 buckets encrypt by default”."
 */
public final class PracticeEvidenceSummarizer {

    private static final Comparator<EvidenceResult> FAILING_FIRST = Comparator
            .comparingInt((EvidenceResult r) -> order(r.status()))
            .thenComparing(r -> r.finding().checkId())
            .thenComparing(r -> r.finding().accountId())
            .thenComparing(r -> r.finding().region())
            .thenComparing(r -> r.finding().resourceId());

    private final CheckMapping mapping;

    public PracticeEvidenceSummarizer(CheckMapping mapping) {
        this.mapping = mapping;
    }

    /** Summaries for every practice the mapping names, keyed by practice label. */
    public Map<String, PracticeEvidence> summarizeAll(long runId, List<EvidenceResult> results) {
        Map<String, List<EvidenceResult>> byCheck = new HashMap<>();
        results.forEach(r -> byCheck.computeIfAbsent(r.finding().checkId(), k -> new ArrayList<>()).add(r));
        Map<String, PracticeEvidence> out = new LinkedHashMap<>();
        mapping.asMap().keySet().stream().sorted().forEach(label -> out.put(label, summarize(label, runId, byCheck)));
        return out;
    }

    public PracticeEvidence summarize(String practiceLabel, long runId, List<EvidenceResult> results) {
        Map<String, List<EvidenceResult>> byCheck = new HashMap<>();
        results.forEach(r -> byCheck.computeIfAbsent(r.finding().checkId(), k -> new ArrayList<>()).add(r));
        return summarize(practiceLabel, runId, byCheck);
    }

    private PracticeEvidence summarize(String label, long runId, Map<String, List<EvidenceResult>> byCheck) {
        List<CheckTally> tallies = new ArrayList<>();
        List<EvidenceResult> mine = new ArrayList<>();
        for (String checkId : mapping.checksFor(label)) {
            List<EvidenceResult> rs = byCheck.getOrDefault(checkId, List.of());
            if (rs.isEmpty()) {
                continue;
            }
            mine.addAll(rs);
            tallies.add(new CheckTally(checkId, rs.get(0).check().title(), count(rs, Status.PASS), count(rs, Status.FAIL),
                    count(rs, Status.NOT_APPLICABLE), count(rs, Status.COULD_NOT_ASSESS),
                    ResourceNoun.common(rs.stream().map(r -> r.finding().resourceId()).toList())));
        }
        mine.sort(FAILING_FIRST);
        int pass = count(mine, Status.PASS);
        int fail = count(mine, Status.FAIL);
        int na = count(mine, Status.NOT_APPLICABLE);
        int cna = count(mine, Status.COULD_NOT_ASSESS);
        Verdict verdict = mine.isEmpty() ? Verdict.NO_EVIDENCE : fail > 0 ? Verdict.NOT_IN_PLACE
                : pass > 0 && cna == 0 ? Verdict.IN_PLACE : pass > 0 ? Verdict.LIKELY_IN_PLACE
                : cna > 0 ? Verdict.UNKNOWN : Verdict.NO_EVIDENCE;
        String suggestion = SuggestionWording.sentence(verdict, runId, tallies, mine,
                mapping.checksFor(label).isEmpty());
        return new PracticeEvidence(label, runId, verdict, pass, fail, na, cna, tallies, mine, suggestion);
    }

    private static int count(List<EvidenceResult> rs, Status s) {
        return (int) rs.stream().filter(r -> r.status() == s).count();
    }

    private static int order(Status s) {
        return switch (s) {
            case FAIL -> 0;
            case COULD_NOT_ASSESS -> 1;
            case PASS -> 2;
            case NOT_APPLICABLE -> 3;
        };
    }
}
