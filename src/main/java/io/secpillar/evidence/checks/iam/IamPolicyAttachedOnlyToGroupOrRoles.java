package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.IamUserInventory;
import io.secpillar.evidence.inventory.iam.IamUserInventory.AttachedPolicy;
import io.secpillar.evidence.inventory.iam.IamUserInventory.IamUserPolicies;

import java.util.List;
import java.util.Map;

/** IAM users get their permissions from groups (or roles), not from policies attached to them one by one. */
public final class IamPolicyAttachedOnlyToGroupOrRoles extends InventoryCheck<IamUserInventory> {

    public IamPolicyAttachedOnlyToGroupOrRoles() {
        super(global("iam_policy_attached_only_to_group_or_roles", "IAM users have no policies attached directly",
                "iam", Severity.LOW, IamUserInventory.OPERATIONS, "Put users in groups that carry the policies, then "
                + "detach the managed policies and delete the inline policies from the users, so access is reviewed "
                + "per group rather than per person."));
    }

    @Override
    public List<Finding> evaluate(IamUserInventory inventory, Target target) {
        return fromRead(inventory.users(), target, users -> users.stream().map(u -> judge(u, target)).toList());
    }

    private Finding judge(IamUserPolicies u, Target target) {
        if (!u.attached().isOk() || !u.inline().isOk()) {
            return (u.attached().isOk() ? u.inline() : u.attached()).couldNotAssess(id(), target, u.arn());
        }
        List<String> attached = u.attached().value().stream().map(AttachedPolicy::name).toList();
        List<String> inline = u.inline().value();
        boolean direct = !attached.isEmpty() || !inline.isEmpty();
        return finding(target, u.arn(), passIf(!direct, "IAM user " + u.userName() + (direct
                ? " has policies of its own: managed " + attached + ", inline " + inline + "."
                : " has no policy of its own."), Map.of("attachedManagedPolicies", String.valueOf(attached.size()),
                "inlinePolicies", String.valueOf(inline.size())), "ListAttachedUserPolicies: "
                + u.attached().value().stream().map(AttachedPolicy::proof).toList() + "; ListUserPolicies: " + inline));
    }
}
