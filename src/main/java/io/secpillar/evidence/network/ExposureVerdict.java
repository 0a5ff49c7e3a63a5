package io.secpillar.evidence.network;

import java.util.List;

/**
 * The answer to one exposure question: the verdict, the internet addresses that get in (for the proof), the rules
 * that let them in, and a sentence for the finding.
 */
public record ExposureVerdict(Reachability answer, AddressSet sources, List<String> rules, String reason) {

    public ExposureVerdict {
        rules = List.copyOf(rules);
    }

    public boolean isYes() {
        return answer == Reachability.YES;
    }
}
