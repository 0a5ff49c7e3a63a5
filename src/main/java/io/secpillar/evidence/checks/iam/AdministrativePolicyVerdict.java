package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.CustomerPolicy;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What the two administrative-policy checks share: one finding per customer-managed policy they cover, FAIL
 * when its default version allows "*" on "*", could-not-assess when its document could not be read or parsed.
 */
final class AdministrativePolicyVerdict {

    private AdministrativePolicyVerdict() {
    }

    static List<Finding> judge(String checkId, CustomerPolicyInventory inventory, Target target,
                               Predicate<CustomerPolicy> covered) {
        if (!inventory.policies().isOk()) {
            return List.of(inventory.policies().couldNotAssess(checkId, target, target.accountId()));
        }
        return inventory.policies().value().stream().filter(covered).map(p -> judge(checkId, target, p)).toList();
    }

    private static Finding judge(String checkId, Target target, CustomerPolicy policy) {
        if (!policy.document().isOk()) {
            return policy.document().couldNotAssess(checkId, target, policy.arn());
        }
        return verdict(policy).about(checkId, target, policy.arn());
    }

    private static Verdict verdict(CustomerPolicy policy) {
        String document = policy.document().value();
        List<String> statements;
        try {
            statements = PolicyDocuments.administrativeStatements(document);
        } catch (IllegalArgumentException e) {
            return new Verdict(Status.COULD_NOT_ASSESS, "The document of policy " + policy.name() + " could not be "
                    + "read: " + e.getMessage(), Map.of("reason", "ERROR"), document);
        }
        boolean admin = !statements.isEmpty();
        String reason = admin ? "Policy " + policy.name() + " (attached " + policy.attachmentCount()
                + " times) allows every action on every resource."
                : "Policy " + policy.name() + " does not allow every action on every resource.";
        String version = "GetPolicyVersion " + policy.defaultVersionId();
        return Verdict.passIf(!admin, reason, Map.of("defaultVersionId", String.valueOf(policy.defaultVersionId()),
                "attachmentCount", String.valueOf(policy.attachmentCount()), "administrativeStatements",
                String.valueOf(statements.size())), admin ? version + " statement(s): " + String.join(" ", statements)
                : version + " document: " + document);
    }
}
