package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory;

import java.util.List;

/** No customer-managed policy that is attached to someone allows every action on every resource. */
public final class IamCustomerAttachedPolicyNoAdministrativePrivileges extends InventoryCheck<CustomerPolicyInventory> {

    public IamCustomerAttachedPolicyNoAdministrativePrivileges() {
        super(global("iam_customer_attached_policy_no_administrative_privileges", "Attached customer-managed policies "
                + "do not allow \"*\" on \"*\"", "iam", Severity.HIGH, CustomerPolicyInventory.OPERATIONS, "Replace "
                + "the \"*\" on \"*\" statement with the actions and resources the holders really use (IAM Access "
                + "Analyzer can draft a policy from CloudTrail activity), and keep full administration for a few "
                + "break-glass roles."));
    }

    @Override
    public List<Finding> evaluate(CustomerPolicyInventory inventory, Target target) {
        return AdministrativePolicyVerdict.judge(id(), inventory, target, policy -> policy.attachmentCount() > 0);
    }
}
