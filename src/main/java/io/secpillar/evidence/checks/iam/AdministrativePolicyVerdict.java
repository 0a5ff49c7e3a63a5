package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.CustomerPolicy;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory.InlinePolicy;
import io.secpillar.evidence.policy.PolicyAnalyzer;
import io.secpillar.evidence.policy.PolicyParseException;
import io.secpillar.evidence.policy.Statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the administrative-policy checks share: one finding per policy they cover, judged by the policy analyzer's
 * {@link PolicyAnalyzer#grantsFullAccess()}, which reads the whole grammar (Action and NotAction, Resource and
 * NotResource, wildcards, Deny statements, conditions). FAIL when the document grants every action on every
 * resource, could-not-assess when it could not be read or parsed, or when the answer hangs on a condition the
 * analyzer does not judge.
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

    /** One finding per inline policy of a user, group or role; could-not-assess once when they could not be read. */
    static List<Finding> judgeInline(String checkId, CustomerPolicyInventory inventory, Target target) {
        if (!inventory.inlinePolicies().isOk()) {
            return List.of(inventory.inlinePolicies().couldNotAssess(checkId, target, target.accountId()));
        }
        return inventory.inlinePolicies().value().stream().map(p -> verdict("Inline policy " + p.name() + " of "
                + p.holderKind() + " " + p.holderName(), p.document(), partitionOf(p.holderArn()),
                Map.of("holder", p.holderArn()), "GetAccountAuthorizationDetails " + p.holderKind() + " "
                        + p.holderName() + " policy " + p.name()).about(checkId, target, p.resourceId())).toList();
    }

    private static Finding judge(String checkId, Target target, CustomerPolicy policy) {
        if (!policy.document().isOk()) {
            return policy.document().couldNotAssess(checkId, target, policy.arn());
        }
        return verdict("Policy " + policy.name() + " (attached " + policy.attachmentCount() + " times)",
                policy.document().value(), partitionOf(policy.arn()), Map.of("defaultVersionId",
                        String.valueOf(policy.defaultVersionId()), "attachmentCount",
                        String.valueOf(policy.attachmentCount())), "GetPolicyVersion " + policy.defaultVersionId())
                .about(checkId, target, policy.arn());
    }

    private static Verdict verdict(String name, String document, String partition, Map<String, String> facts,
                                   String source) {
        io.secpillar.evidence.policy.Verdict answer;
        try {
            answer = PolicyAnalyzer.of(document).inPartition(partition).grantsFullAccess();
        } catch (PolicyParseException e) {
            return new Verdict(Status.COULD_NOT_ASSESS, "The document of " + name + " could not be read: "
                    + e.getMessage(), Map.of("reason", "ERROR"), document);
        }
        Map<String, String> observed = new LinkedHashMap<>(facts);
        observed.put("grantsFullAccess", answer.answer().name());
        observed.put("decidingStatements", String.join(",", answer.statementLabels()));
        String proof = answer.statements().isEmpty() ? source + " document: " + document
                : source + " statement(s): " + answer.statements().stream().map(Statement::json)
                .collect(Collectors.joining(" "));
        return switch (answer.answer()) {
            case YES -> Verdict.fail(name + " grants every action on every resource: " + answer.reason(), observed,
                    proof);
            case NO -> Verdict.pass(name + " does not grant every action on every resource.", observed, proof);
            case UNKNOWN -> new Verdict(Status.COULD_NOT_ASSESS, name + ": " + answer.reason(), observed, proof);
        };
    }

    /** The partition an IAM ARN belongs to (arn:aws-cn:…), so "arn:aws-cn:*" counts as every resource there. */
    private static String partitionOf(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 3);
        return parts.length >= 2 && !parts[1].isEmpty() ? parts[1] : "aws";
    }
}
