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
}
