package io.secpillar.evidence.network;

/** Combines per-family (or per-protocol) answers: YES if any is YES, else UNKNOWN if any is, else NO. */
final class Verdicts {

    private Verdicts() {
    }

    static ExposureVerdict either(ExposureVerdict... verdicts) {
        ExposureVerdict pick = verdicts[0];
        for (ExposureVerdict v : verdicts) {
            if (rank(v) > rank(pick)) {
                pick = v;
            }
        }
        return pick;
    }

    private static int rank(ExposureVerdict v) {
        return switch (v.answer()) {
            case YES -> 2;
            case UNKNOWN -> 1;
            case NO -> 0;
        };
    }
}
