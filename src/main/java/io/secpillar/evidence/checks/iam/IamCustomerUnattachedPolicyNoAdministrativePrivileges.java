package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory;

import java.util.List;

/**
 * No unattached customer-managed policy grants every action on every resource (however written: NotAction,
 * NotResource, wildcards), ready to be attached.
 */
public final class IamCustomerUnattachedPolicyNoAdministrativePrivileges extends InventoryCheck<CustomerPolicyInventory> {

    public IamCustomerUnattachedPolicyNoAdministrativePrivileges() {
        super(global("iam_customer_unattached_policy_no_administrative_privileges", "Unattached customer-managed "
                + "policies do not grant full administrative access", "iam", Severity.MEDIUM,
                CustomerPolicyInventory.MANAGED_OPERATIONS, "Delete unattached policies that grant everything, or narrow them, so nobody can grant full "
                + "administration by attaching a forgotten policy."));
    }

    @Override
    public List<Finding> evaluate(CustomerPolicyInventory inventory, Target target) {
        return AdministrativePolicyVerdict.judge(id(), inventory, target, policy -> policy.attachmentCount() == 0);
    }
}
