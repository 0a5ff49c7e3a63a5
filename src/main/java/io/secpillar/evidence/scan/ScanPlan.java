package io.secpillar.evidence.scan;

import java.util.List;
import java.util.Objects;

/** What a scan covers: the accounts (one per profile) and, for each, its regions. */
public record ScanPlan(List<AccountScope> accounts) {

    public ScanPlan {
        accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("a scan needs at least one account");
        }
    }

    public List<String> profiles() {
        return accounts.stream().map(AccountScope::profile).distinct().toList();
    }

    public List<String> accountIds() {
        return accounts.stream().map(AccountScope::accountId).distinct().toList();
    }

    public List<String> regions() {
        return accounts.stream().flatMap(a -> a.regions().stream()).distinct().sorted().toList();
    }
}
