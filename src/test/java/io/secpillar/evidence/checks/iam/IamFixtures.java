package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.checks.iam.CredentialReportInventory.CredentialReport;
import io.secpillar.evidence.checks.iam.IamAccountInventory.SupportPolicyHolders;
import software.amazon.awssdk.services.iam.model.PasswordPolicy;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory IAM inventories for check tests. */
final class IamFixtures {

    static final Target GLOBAL = new Target("audit", "111122223333", Target.GLOBAL_REGION);
    static final String ROOT = "arn:aws:iam::111122223333:root";
    static final Instant REPORT_TIME = Instant.parse("2026-03-01T12:00:00Z");
    static final String HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,"
            + "password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
            + "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
            + "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
            + "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,"
            + "cert_2_active,cert_2_last_rotated";

    private IamFixtures() {
    }

    static <T> Fetched<T> denied(String operation) {
        return Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, operation,
                "AccessDenied: User: arn:aws:sts::111122223333:assumed-role/Audit/s is not authorized to perform: "
                        + operation);
    }

    static IamAccountInventory account(Fetched<Map<String, Integer>> summary,
                                       Fetched<List<VirtualMFADevice>> devices,
                                       Fetched<Optional<PasswordPolicy>> policy,
                                       Fetched<SupportPolicyHolders> holders) {
        return new IamAccountInventory("aws", summary, devices, policy, holders);
    }

    static IamAccountInventory summary(Map<String, Integer> summary) {
        return account(Fetched.ok(summary, IamAccountInventory.GET_ACCOUNT_SUMMARY),
                Fetched.ok(List.of(), IamAccountInventory.LIST_VIRTUAL_MFA_DEVICES),
                Fetched.ok(Optional.empty(), IamAccountInventory.GET_PASSWORD_POLICY),
                Fetched.ok(new SupportPolicyHolders("arn:aws:iam::aws:policy/AWSSupportAccess", List.of(), List.of(),
                        List.of()), IamAccountInventory.LIST_ENTITIES_FOR_POLICY));
    }

    static IamAccountInventory withPasswordPolicy(Fetched<Optional<PasswordPolicy>> policy) {
        IamAccountInventory base = summary(Map.of());
        return account(base.summary(), base.virtualMfaDevices(), policy, base.supportPolicyHolders());
    }

    static IamAccountInventory withPasswordPolicy(PasswordPolicy policy) {
        return withPasswordPolicy(Fetched.ok(Optional.of(policy), IamAccountInventory.GET_PASSWORD_POLICY));
    }

    /** A credential report from CSV lines after the standard header, generated at {@link #REPORT_TIME}. */
    static CredentialReportInventory report(String... lines) {
        String csv = HEADER + "\n" + String.join("\n", lines);
        return new CredentialReportInventory(Fetched.ok(new CredentialReport(REPORT_TIME,
                CredentialReportCsv.parse(csv)), CredentialReportInventory.GET));
    }

    static CredentialReportInventory reportDenied() {
        return new CredentialReportInventory(denied(CredentialReportInventory.GENERATE));
    }

    /** One credential-report line for a user with the given password/MFA flags and two key slots. */
    static String user(String name, boolean password, boolean mfa, String key1, String key2) {
        return name + ",arn:aws:iam::111122223333:user/" + name + ",2024-01-01T00:00:00+00:00," + password
                + ",N/A,N/A,N/A," + mfa + "," + key1 + "," + key2 + ",false,N/A,false,N/A";
    }

    /** A key slot: active flag, last rotated, last used date, region, service. */
    static String key(boolean active, String rotated, String used) {
        return active + "," + rotated + "," + used + "," + (used.equals("N/A") ? "N/A" : "eu-west-1") + ","
                + (used.equals("N/A") ? "N/A" : "s3");
    }

    static String noKey() {
        return key(false, "N/A", "N/A");
    }
}
