package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;

import java.util.List;
import java.util.Map;

/** A role carries the AWS managed policy AWSSupportAccess, so incidents can be raised with AWS Support. */
public final class IamSupportRoleCreated implements Check<IamAccountInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("iam_support_role_created",
            "A role for AWS Support cases exists", "iam", Scope.GLOBAL, Severity.LOW,
            List.of(IamAccountInventory.LIST_ENTITIES_FOR_POLICY),
            "Create a role that your incident responders can assume and attach AWSSupportAccess to it, so "
                    + "opening a support case during an incident never needs root or an ad-hoc user.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<IamAccountInventory> inventoryType() {
        return IamAccountInventory.class;
    }

    @Override
    public List<Finding> evaluate(IamAccountInventory inventory, Target target) {
        var holders = inventory.supportPolicyHolders();
        if (!holders.isOk()) {
            return List.of(holders.couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        List<String> roles = holders.value().roles();
        boolean present = !roles.isEmpty();
        String reason = present ? "AWSSupportAccess is attached to the role(s) " + roles + "."
                : "No role has AWSSupportAccess attached (users: " + holders.value().users().size()
                + ", groups: " + holders.value().groups().size() + ").";
        return List.of(new Finding(METADATA.id(), present ? Status.PASS : Status.FAIL, target.accountId(),
                target.region(), target.accountId(), reason, Map.of("roles", String.join(",", roles)),
                "ListEntitiesForPolicy " + holders.value().policyArn() + ": " + holders.value()));
    }
}
