package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory;

import java.util.List;
import java.util.stream.Stream;

/**
 * No customer-managed policy that is attached to someone, and no inline policy of a user, group or role, grants
 * every action on every resource, however it is written (NotAction, NotResource, wildcards). Inline policies are
 * judged here because they are always in force on their holder. AWS managed policies are not judged: one such as
 * AdministratorAccess grants everything by design, and who holds it is a question for the review.
 */
public final class IamCustomerAttachedPolicyNoAdministrativePrivileges extends InventoryCheck<CustomerPolicyInventory> {

    public IamCustomerAttachedPolicyNoAdministrativePrivileges() {
        super(global("iam_customer_attached_policy_no_administrative_privileges", "Attached customer-managed and "
                + "inline policies do not grant full administrative access", "iam", Severity.HIGH,
                CustomerPolicyInventory.OPERATIONS, "Replace the statement that grants everything (\"*\" on \"*\", "
                + "or NotAction / NotResource) with the actions and resources the holders really use (IAM Access "
                + "Analyzer can draft a policy from CloudTrail activity), and keep full administration for a few "
                + "break-glass roles."));
    }

    @Override
    public List<Finding> evaluate(CustomerPolicyInventory inventory, Target target) {
        var managed = AdministrativePolicyVerdict.judge(id(), inventory, target, policy -> policy.attachmentCount() > 0);
        return Stream.concat(managed.stream(),
                AdministrativePolicyVerdict.judgeInline(id(), inventory, target).stream()).toList();
    }
}
