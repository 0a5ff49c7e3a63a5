package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.CustomerPolicyInventory;

import java.util.List;

/** No unattached customer-managed policy allows every action on every resource, ready to be attached. */
public final class IamCustomerUnattachedPolicyNoAdministrativePrivileges extends InventoryCheck<CustomerPolicyInventory> {

    public IamCustomerUnattachedPolicyNoAdministrativePrivileges() {
        super(global("iam_customer_unattached_policy_no_administrative_privileges", "Unattached customer-managed "
                + "policies do not allow \"*\" on \"*\"", "iam", Severity.MEDIUM, CustomerPolicyInventory.OPERATIONS,
                "Delete unattached policies that allow \"*\" on \"*\", or narrow them, so nobody can grant full "
                + "administration by attaching a forgotten policy."));
    }

    @Override
    public List<Finding> evaluate(CustomerPolicyInventory inventory, Target target) {
        return AdministrativePolicyVerdict.judge(id(), inventory, target, policy -> policy.attachmentCount() == 0);
    }
}
