package io.secpillar.report;

import io.secpillar.evidence.Status;

import java.util.Collection;

/** How many results ended in each outcome. */
public record EvidenceTally(int passed, int failed, int couldNotAssess, int notApplicable) {

    public static final EvidenceTally EMPTY = new EvidenceTally(0, 0, 0, 0);

    public static EvidenceTally of(Collection<EvidenceLine> lines) {
        int p = 0, f = 0, c = 0, n = 0;
        for (EvidenceLine l : lines) {
            switch (l.status()) {
                case PASS -> p++;
                case FAIL -> f++;
                case COULD_NOT_ASSESS -> c++;
                case NOT_APPLICABLE -> n++;
            }
        }
        return new EvidenceTally(p, f, c, n);
    }

    /** This tally and another added up. */
    public EvidenceTally plus(EvidenceTally o) {
        return new EvidenceTally(passed + o.passed, failed + o.failed, couldNotAssess + o.couldNotAssess,
                notApplicable + o.notApplicable);
    }

    public int count(Status status) {
        return switch (status) {
            case PASS -> passed;
            case FAIL -> failed;
            case COULD_NOT_ASSESS -> couldNotAssess;
            case NOT_APPLICABLE -> notApplicable;
        };
    }

    public int total() {
        return passed + failed + couldNotAssess + notApplicable;
    }
}
