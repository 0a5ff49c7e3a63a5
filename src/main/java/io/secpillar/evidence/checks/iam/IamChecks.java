package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Check;

import java.util.List;

/** The IAM checks, listed explicitly. All are global. */
public final class IamChecks {

    private IamChecks() {
    }

    public static List<Check<?>> all() {
        return List.of(
                new IamRootMfaEnabled(),
                new IamRootHardwareMfaEnabled(),
                new IamNoRootAccessKey(),
                new IamAvoidRootUsage(),
                new IamPasswordPolicyMinimumLength14(),
                new IamPasswordPolicyReuse24(),
                new IamPasswordPolicyComplexity(),
                new IamUserMfaEnabledConsoleAccess(),
                new IamUserAccesskeyUnused(),
                new IamRotateAccessKey90Days(),
                new IamUserTwoActiveAccessKey(),
                new IamCustomerAttachedPolicyNoAdministrativePrivileges(),
                new IamCustomerUnattachedPolicyNoAdministrativePrivileges(),
                new IamPolicyAttachedOnlyToGroupOrRoles(),
                new IamSupportRoleCreated());
    }
}
