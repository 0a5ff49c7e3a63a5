package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.checks.iam.CustomerPolicyInventory.CustomerPolicy;

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

    static List<Finding> judge(CheckMetadata metadata, CustomerPolicyInventory inventory, Target target,
                               Predicate<CustomerPolicy> covered) {
        if (!inventory.policies().isOk()) {
            return List.of(inventory.policies().couldNotAssess(metadata.id(), target, target.accountId()));
        }
        return inventory.policies().value().stream().filter(covered).map(p -> judge(metadata, target, p)).toList();
    }

    private static Finding judge(CheckMetadata metadata, Target target, CustomerPolicy policy) {
        if (!policy.document().isOk()) {
            return policy.document().couldNotAssess(metadata.id(), target, policy.arn());
        }
        List<String> statements;
        try {
            statements = PolicyDocuments.administrativeStatements(policy.document().value());
        } catch (IllegalArgumentException e) {
            return new Finding(metadata.id(), Status.COULD_NOT_ASSESS, target.accountId(), target.region(),
                    policy.arn(), "The document of policy " + policy.policy().policyName() + " could not be read: "
                    + e.getMessage(), Map.of("reason", "ERROR"), policy.document().value());
        }
        boolean admin = !statements.isEmpty();
        String name = policy.policy().policyName();
        String reason = admin ? "Policy " + name + " (attached " + policy.attachmentCount()
                + " times) allows every action on every resource."
                : "Policy " + name + " does not allow every action on every resource.";
        return new Finding(metadata.id(), admin ? Status.FAIL : Status.PASS, target.accountId(), target.region(),
                policy.arn(), reason, Map.of("defaultVersionId", String.valueOf(policy.policy().defaultVersionId()),
                "attachmentCount", String.valueOf(policy.attachmentCount()),
                "administrativeStatements", String.valueOf(statements.size())),
                admin ? "GetPolicyVersion " + policy.policy().defaultVersionId() + " statement(s): "
                        + String.join(" ", statements) : "GetPolicyVersion " + policy.policy().defaultVersionId()
                        + " document: " + policy.document().value());
    }
}
