package io.secpillar.report;

import java.util.Comparator;
import java.util.Optional;

/** How one account fared in the evidence run: its results by outcome, with its name and OU when known. */
public record AccountSummary(String accountId, Optional<String> name, Optional<String> organizationalUnit,
                             EvidenceTally tally) {

    /** Most failures first, then most results not assessed, then by account id. */
    public static final Comparator<AccountSummary> WORST_FIRST = Comparator
            .comparingInt((AccountSummary a) -> -a.tally().failed())
            .thenComparingInt(a -> -a.tally().couldNotAssess())
            .thenComparing(AccountSummary::accountId);
}
