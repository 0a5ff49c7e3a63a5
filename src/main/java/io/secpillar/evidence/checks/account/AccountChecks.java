package io.secpillar.evidence.checks.account;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The account-settings checks, listed explicitly, and the collector of the (global) inventory they read. */
public final class AccountChecks {

    private AccountChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new AccountSecurityContactInformationIsRegistered());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new AccountContactCollector());
    }
}
