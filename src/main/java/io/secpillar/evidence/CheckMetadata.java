package io.secpillar.evidence;

import java.util.List;

/**
 * What a check is: its id (snake_case of its class, e.g. {@code iam_root_mfa_enabled}), title, AWS service,
 * scope, severity, the read-only SDK operations its inventory calls (as IAM actions, e.g.
 * {@code iam:GetAccountSummary}), and remediation text in our own words.
 */
public record CheckMetadata(String id, String title, String service, Scope scope, Severity severity,
                            List<String> operations, String remediation) {
    public CheckMetadata {
        operations = List.copyOf(operations);
    }

    /** The metadata of a check that looks at each region. */
    public static CheckMetadata regional(String id, String title, String service, Severity severity,
                                         List<String> operations, String remediation) {
        return new CheckMetadata(id, title, service, Scope.REGIONAL, severity, operations, remediation);
    }

    /** The metadata of a check that looks at an account once (region "global"). */
    public static CheckMetadata global(String id, String title, String service, Severity severity,
                                       List<String> operations, String remediation) {
        return new CheckMetadata(id, title, service, Scope.GLOBAL, severity, operations, remediation);
    }
}
