package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;

import java.util.List;

/** No unattached customer-managed policy allows every action on every resource, ready to be attached. */
public final class IamCustomerUnattachedPolicyNoAdministrativePrivileges implements Check<CustomerPolicyInventory> {

    static final CheckMetadata METADATA = new CheckMetadata(
            "iam_customer_unattached_policy_no_administrative_privileges",
            "Unattached customer-managed policies do not allow \"*\" on \"*\"", "iam", Scope.GLOBAL,
            Severity.MEDIUM, CustomerPolicyInventory.OPERATIONS,
            "Delete unattached policies that allow \"*\" on \"*\", or narrow them, so nobody can grant full "
                    + "administration by attaching a forgotten policy.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<CustomerPolicyInventory> inventoryType() {
        return CustomerPolicyInventory.class;
    }

    @Override
    public List<Finding> evaluate(CustomerPolicyInventory inventory, Target target) {
        return AdministrativePolicyVerdict.judge(METADATA, inventory, target, policy -> policy.attachmentCount() == 0);
    }
}
