package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.checks.iam.IamUserInventory.IamUserPolicies;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;

import java.util.List;
import java.util.Map;

/** IAM users get their permissions from groups (or roles), not from policies attached to them one by one. */
public final class IamPolicyAttachedOnlyToGroupOrRoles implements Check<IamUserInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("iam_policy_attached_only_to_group_or_roles",
            "IAM users have no policies attached directly", "iam", Scope.GLOBAL, Severity.LOW,
            IamUserInventory.OPERATIONS,
            "Put users in groups that carry the policies, then detach the managed policies and delete the inline "
                    + "policies from the users, so access is reviewed per group rather than per person.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<IamUserInventory> inventoryType() {
        return IamUserInventory.class;
    }

    @Override
    public List<Finding> evaluate(IamUserInventory inventory, Target target) {
        if (!inventory.users().isOk()) {
            return List.of(inventory.users().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        return inventory.users().value().stream().map(u -> judge(u, target)).toList();
    }

    private static Finding judge(IamUserPolicies u, Target target) {
        String arn = u.user().arn();
        if (!u.attached().isOk() || !u.inline().isOk()) {
            return (u.attached().isOk() ? u.inline() : u.attached()).couldNotAssess(METADATA.id(), target, arn);
        }
        List<String> attached = u.attached().value().stream().map(AttachedPolicy::policyName).toList();
        List<String> inline = u.inline().value();
        boolean direct = !attached.isEmpty() || !inline.isEmpty();
        String reason = direct ? "IAM user " + u.user().userName() + " has policies of its own: managed " + attached
                + ", inline " + inline + "." : "IAM user " + u.user().userName() + " has no policy of its own.";
        return new Finding(METADATA.id(), direct ? Status.FAIL : Status.PASS, target.accountId(), target.region(),
                arn, reason, Map.of("attachedManagedPolicies", String.valueOf(attached.size()),
                "inlinePolicies", String.valueOf(inline.size())),
                "ListAttachedUserPolicies: " + u.attached().value() + "; ListUserPolicies: " + inline);
    }
}
