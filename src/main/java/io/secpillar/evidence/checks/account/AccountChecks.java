package io.secpillar.evidence.checks.account;

import io.secpillar.evidence.Check;

import java.util.List;

/** The account-settings checks, listed explicitly. */
public final class AccountChecks {

    private AccountChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(new AccountSecurityContactInformationIsRegistered());
    }
}
