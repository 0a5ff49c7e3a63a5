package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;

import java.util.List;
import java.util.Map;

/**
 * What the root-user checks that read one figure of GetAccountSummary share: the finding names the root user,
 * passes when the figure has the wanted value (a missing figure counts as 0), and shows the figure as proof.
 */
final class RootAccountSummary {

    private RootAccountSummary() {
    }

    /**
     * Whether the root user has no credentials at all: no password, no access key, no signing certificate, as
     * after Organizations' centralized root access removed them. Only answers yes when IAM reports
     * AccountPasswordPresent (older answers leave it out, and then the root is taken to have a password).
     */
    static boolean hasNoCredentials(Map<String, Integer> summary) {
        return summary.get("AccountPasswordPresent") != null && summary.get("AccountPasswordPresent") == 0
                && summary.getOrDefault("AccountAccessKeysPresent", 0) == 0
                && summary.getOrDefault("AccountSigningCertificatesPresent", 0) == 0;
    }

    /** The PASS of a root MFA check for a root user that has nothing to sign in with. */
    static Verdict noCredentials(Map<String, Integer> summary) {
        return Verdict.pass("The root user has no password, access key or signing certificate (centralized root "
                + "access), so there is no sign-in for MFA to protect.", Map.of("AccountPasswordPresent", "0",
                "AccountAccessKeysPresent", "0", "AccountMFAEnabled", String.valueOf(summary.getOrDefault(
                "AccountMFAEnabled", 0))), "GetAccountSummary SummaryMap: AccountPasswordPresent=0, "
                + "AccountAccessKeysPresent=0, AccountSigningCertificatesPresent=0");
    }

    /** {@link #judge} for a root MFA figure: a root user without credentials passes. */
    static List<Finding> judgeMfa(String checkId, IamAccountInventory inventory, Target target, String figure,
                                  int wanted, String passSentence, String failSentence) {
        if (inventory.summary().isOk() && hasNoCredentials(inventory.summary().value())) {
            return List.of(noCredentials(inventory.summary().value()).about(checkId, target,
                    inventory.rootArn(target.accountId())));
        }
        return judge(checkId, inventory, target, figure, wanted, passSentence, failSentence);
    }

    static List<Finding> judge(String checkId, IamAccountInventory inventory, Target target, String figure, int wanted,
                               String passSentence, String failSentence) {
        String root = inventory.rootArn(target.accountId());
        if (!inventory.summary().isOk()) {
            return List.of(inventory.summary().couldNotAssess(checkId, target, root));
        }
        int value = inventory.summary().value().getOrDefault(figure, 0);
        return List.of(Verdict.passIf(value == wanted, value == wanted ? passSentence : failSentence,
                Map.of(figure, String.valueOf(value)), "GetAccountSummary SummaryMap: " + figure + "=" + value)
                .about(checkId, target, root));
    }
}
