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
