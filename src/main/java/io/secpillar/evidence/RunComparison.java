package io.secpillar.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed between two runs, result by result, keyed by check, account, region and resource:
 * new failures, fixed failures, failures still there, could-not-assess changes, and results only one run has.
 */
public record RunComparison(List<Change> newFailures, List<Change> fixed, List<Change> stillFailing,
                            List<Change> unchanged, List<Change> couldNotAssessChanges, List<Change> otherChanges) {

    /** The key a result is matched on across runs. */
    public record Key(String checkId, String accountId, String region, String resourceId) {
        static Key of(Finding f) {
            return new Key(f.checkId(), f.accountId(), f.region(), f.resourceId());
        }
    }

    /** One result before and after; either side is absent when only one run has it. */
    public record Change(Key key, Optional<Finding> before, Optional<Finding> after) {
        public Optional<Status> statusBefore() {
            return before.map(Finding::status);
        }

        public Optional<Status> statusAfter() {
            return after.map(Finding::status);
        }
    }

    public RunComparison {
        newFailures = List.copyOf(newFailures);
        fixed = List.copyOf(fixed);
        stillFailing = List.copyOf(stillFailing);
        unchanged = List.copyOf(unchanged);
        couldNotAssessChanges = List.copyOf(couldNotAssessChanges);
        otherChanges = List.copyOf(otherChanges);
    }

    public static RunComparison compare(List<Finding> before, List<Finding> after) {
        Map<Key, Finding> old = index(before);
        Map<Key, Finding> now = index(after);
        Map<Key, Change> all = new LinkedHashMap<>();
        old.forEach((k, f) -> all.put(k, new Change(k, Optional.of(f), Optional.ofNullable(now.get(k)))));
        now.forEach((k, f) -> all.putIfAbsent(k, new Change(k, Optional.empty(), Optional.of(f))));
        List<Change> newFailures = new ArrayList<>();
        List<Change> fixed = new ArrayList<>();
        List<Change> still = new ArrayList<>();
        List<Change> unchanged = new ArrayList<>();
        List<Change> cna = new ArrayList<>();
        List<Change> other = new ArrayList<>();
        all.values().stream().sorted(Comparator.comparing(c -> c.key().toString())).forEach(c -> {
            Status b = c.statusBefore().orElse(null);
            Status a = c.statusAfter().orElse(null);
            if (a == Status.FAIL && b == Status.FAIL) {
                still.add(c);
            } else if (a == Status.FAIL) {
                newFailures.add(c);
            } else if (b == Status.FAIL && a == Status.PASS) {
                fixed.add(c);
            } else if (a == b) {
                unchanged.add(c);
            } else if (a == Status.COULD_NOT_ASSESS || b == Status.COULD_NOT_ASSESS) {
                cna.add(c);
            } else {
                other.add(c);
            }
        });
        return new RunComparison(newFailures, fixed, still, unchanged, cna, other);
    }

    private static Map<Key, Finding> index(List<Finding> findings) {
        Map<Key, Finding> map = new LinkedHashMap<>();
        for (Finding f : findings) {
            map.merge(Key.of(f), f, RunComparison::worse);
        }
        return map;
    }

    /** Two results with the same key in one run (rare): keep the one that matters most. */
    private static Finding worse(Finding a, Finding b) {
        return rank(b.status()) > rank(a.status()) ? b : a;
    }

    private static int rank(Status s) {
        return switch (s) {
            case FAIL -> 3;
            case COULD_NOT_ASSESS -> 2;
            case PASS -> 1;
            case NOT_APPLICABLE -> 0;
        };
    }
}
