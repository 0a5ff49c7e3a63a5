package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.iam.CredentialReportCsv;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory.CredentialReport;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory;
import io.secpillar.evidence.inventory.iam.CredentialReportLines;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.PasswordPolicy;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.SupportPolicyHolders;
import io.secpillar.evidence.inventory.iam.IamAccountInventory.VirtualMfaDevice;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory IAM inventories for check tests. */
final class IamFixtures {

    static final Target GLOBAL = new Target("audit", "111122223333", Target.GLOBAL_REGION);
    static final String ROOT = "arn:aws:iam::111122223333:root";
    static final Instant REPORT_TIME = Instant.parse("2026-03-01T12:00:00Z");

    private IamFixtures() {
    }

    static <T> Fetched<T> denied(String operation) {
        return Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, operation,
                "AccessDenied: User: arn:aws:sts::111122223333:assumed-role/Audit/s is not authorized to perform: "
                        + operation);
    }

    static IamAccountInventory account(Fetched<Map<String, Integer>> summary,
                                       Fetched<List<VirtualMfaDevice>> devices,
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

    /** An account whose summary could not be read (the other reads as in {@link #summary}). */
    static IamAccountInventory summaryRefused() {
        IamAccountInventory base = summary(Map.of());
        return account(denied("iam:GetAccountSummary"), base.virtualMfaDevices(), base.passwordPolicy(),
                base.supportPolicyHolders());
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
        String csv = CredentialReportLines.HEADER + "\n" + String.join("\n", lines);
        return new CredentialReportInventory(Fetched.ok(new CredentialReport(REPORT_TIME,
                CredentialReportCsv.parse(csv)), CredentialReportInventory.GET));
    }

    static CredentialReportInventory reportDenied() {
        return new CredentialReportInventory(denied(CredentialReportInventory.GENERATE));
    }
}
