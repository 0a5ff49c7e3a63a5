package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;

import java.util.List;
import java.util.Map;

/** A role carries the AWS managed policy AWSSupportAccess, so incidents can be raised with AWS Support. */
public final class IamSupportRoleCreated extends InventoryCheck<IamAccountInventory> {

    public IamSupportRoleCreated() {
        super(global("iam_support_role_created", "A role for AWS Support cases exists", "iam", Severity.LOW,
                List.of(IamAccountInventory.LIST_ENTITIES_FOR_POLICY), "Create a role that your incident responders "
                + "can assume and attach AWSSupportAccess to it, so opening a support case during an incident never "
                + "needs root or an ad-hoc user."));
    }

    @Override
    public List<Finding> evaluate(IamAccountInventory inventory, Target target) {
        return accountFinding(inventory.supportPolicyHolders(), target, holders -> passIf(
                !holders.roles().isEmpty(), !holders.roles().isEmpty() ? "AWSSupportAccess is attached to the role(s) "
                        + holders.roles() + "." : "No role has AWSSupportAccess attached (users: " + holders.users()
                        .size() + ", groups: " + holders.groups().size() + ").",
                Map.of("roles", String.join(",", holders.roles())),
                "ListEntitiesForPolicy " + holders.policyArn() + ": " + holders));
    }
}
