package io.secpillar.evidence.aws;

import java.util.List;
import java.util.Set;

/**
 * The allow-list that makes the workbench read-only. It judges operation names (the SDK's
 * {@code OPERATION_NAME}, which for almost every service equals the IAM action name).
 *
 * <p>Allowed: names starting with Describe, Get, List, BatchGet, Lookup (CloudTrail LookupEvents) and Search
 * (every AWS Search* operation is a query), plus {@link #EXTRA_READS}. Refused: everything else, and the
 * "reads" in {@link #SENSITIVE_READS} that hand out credentials, secrets or the client's own data; a security
 * review looks at configuration, never at content.
 */
public final class ReadOnlyOperations {

    private static final List<String> READ_PREFIXES = List.of("Describe", "Get", "List", "BatchGet", "Lookup", "Search");

    /**
     * Reads whose names do not start with a read verb. GenerateCredentialReport only asks IAM to prepare the
     * credential report that GetCredentialReport then reads; HeadBucket reads a bucket's region and existence.
     */
    static final Set<String> EXTRA_READS = Set.of("GenerateCredentialReport", "HeadBucket");

    /** Read verbs that would give the workbench secrets, credentials or customer data. */
    static final Set<String> SENSITIVE_READS = Set.of(
            "GetObject", "GetObjectTorrent",                     // S3 object content
            "GetPasswordData", "GetConsoleOutput", "GetConsoleScreenshot", // EC2 instance secrets and screens
            "GetSessionToken", "GetFederationToken",            // STS: mint new credentials
            "GetRoleCredentials",                                // SSO portal: mint credentials
            "GetSecretValue", "BatchGetSecretValue",             // Secrets Manager
            "GetParameter", "GetParameters", "GetParametersByPath", // SSM parameters hold secrets
            "GetParametersForImport",                            // KMS key import material
            "GetSensitiveDataOccurrences",                       // Macie: the sensitive data itself
            "GetItem", "BatchGetItem", "GetRecords");            // table and stream content

    private ReadOnlyOperations() {
    }

    /** Whether an operation (e.g. {@code DescribeRegions}) is a read the workbench may send. */
    public static boolean isAllowed(String operation) {
        if (operation == null || operation.isBlank()) {
            return false;
        }
        if (EXTRA_READS.contains(operation)) {
            return true;
        }
        if (SENSITIVE_READS.contains(operation)) {
            return false;
        }
        return READ_PREFIXES.stream().anyMatch(p -> operation.startsWith(p) && operation.length() > p.length()
                && Character.isUpperCase(operation.charAt(p.length())));
    }

    /** The same judgement for an IAM action such as {@code iam:GetAccountSummary}. */
    public static boolean isAllowedAction(String action) {
        int colon = action.indexOf(':');
        return colon > 0 && isAllowed(action.substring(colon + 1));
    }
}
