package io.secpillar.evidence.aws.iam;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.CheckCatalog;
import io.secpillar.evidence.checks.iam.IamRootHardwareMfaEnabled;
import io.secpillar.evidence.checks.iam.IamRootMfaEnabled;
import io.secpillar.evidence.checks.iam.IamSupportRoleCreated;
import io.secpillar.evidence.inventory.iam.IamAccountInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The account-wide IAM reads against a local server answering in IAM's query/XML wire format. */
class IamAccountCollectorWireTest {

    private static final Target TARGET = new Target("audit", "111122223333", "us-east-1");

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private void stubSupportPolicy() {
        aws.query("ListEntitiesForPolicy", "<PolicyRoles><member><RoleName>IncidentResponder</RoleName>"
                + "<RoleId>AROAEXAMPLEROLE000001</RoleId></member></PolicyRoles><PolicyGroups/>"
                + "<PolicyUsers><member><UserName>bob</UserName><UserId>AIDAEXAMPLEUSER000001</UserId></member>"
                + "</PolicyUsers><IsTruncated>false</IsTruncated>",
                "PolicyArn=arn%3Aaws%3Aiam%3A%3Aaws%3Apolicy%2FAWSSupportAccess");
    }

    @Test
    void readsSummaryDevicesAcrossPagesAndTreatsAMissingPasswordPolicyAsNone() {
        aws.query("GetAccountSummary", "<SummaryMap>"
                + "<entry><key>Users</key><value>4</value></entry>"
                + "<entry><key>AccountMFAEnabled</key><value>1</value></entry>"
                + "<entry><key>AccountAccessKeysPresent</key><value>0</value></entry>"
                + "</SummaryMap>");
        aws.query("ListVirtualMFADevices", "<VirtualMFADevices><member>"
                + "<SerialNumber>arn:aws:iam::111122223333:mfa/alice</SerialNumber>"
                + "<User><Path>/</Path><UserName>alice</UserName><UserId>AIDAEXAMPLEALICE00001</UserId>"
                + "<Arn>arn:aws:iam::111122223333:user/alice</Arn><CreateDate>2024-02-01T10:00:00Z</CreateDate></User>"
                + "<EnableDate>2024-02-01T10:05:00Z</EnableDate></member></VirtualMFADevices>"
                + "<IsTruncated>true</IsTruncated><Marker>mfa-page-2</Marker>", "AssignmentStatus=Assigned");
        aws.query("ListVirtualMFADevices", "<VirtualMFADevices><member>"
                + "<SerialNumber>arn:aws:iam::111122223333:mfa/root-account-mfa-device</SerialNumber>"
                + "<User><Path>/</Path><UserName>111122223333</UserName><UserId>111122223333</UserId>"
                + "<Arn>arn:aws:iam::111122223333:root</Arn><CreateDate>2020-01-01T00:00:00Z</CreateDate></User>"
                + "<EnableDate>2020-01-01T00:10:00Z</EnableDate></member></VirtualMFADevices>"
                + "<IsTruncated>false</IsTruncated>", "Marker=mfa-page-2");
        aws.queryError("GetAccountPasswordPolicy", 404, "NoSuchEntity",
                "The Password Policy with domain name 111122223333 cannot be found.");
        stubSupportPolicy();

        IamAccountInventory inventory = new IamAccountCollector().collect(aws.clients(), TARGET);

        assertThat(inventory.summary().value()).containsEntry("AccountMFAEnabled", 1)
                .containsEntry("AccountAccessKeysPresent", 0);
        assertThat(inventory.virtualMfaDevices().value()).hasSize(2);
        assertThat(inventory.passwordPolicy().value()).isEmpty();
        assertThat(inventory.supportPolicyHolders().value().roles()).containsExactly("IncidentResponder");
        assertThat(inventory.supportPolicyHolders().value().users()).containsExactly("bob");

        Target global = TARGET.global();
        assertThat(new IamRootMfaEnabled().evaluate(inventory, global).get(0).status()).isEqualTo(Status.PASS);
        assertThat(new IamRootHardwareMfaEnabled().evaluate(inventory, global).get(0).status())
                .isEqualTo(Status.FAIL);
        assertThat(passwordPolicy("minimum_length_14").evaluate(inventory, global).get(0).status())
                .isEqualTo(Status.FAIL);
        assertThat(new IamSupportRoleCreated().evaluate(inventory, global).get(0).status()).isEqualTo(Status.PASS);
    }

    @Test
    void aRefusedSummaryIsKeptAsDataAndTheOtherReadsStillHappen() {
        aws.queryError("GetAccountSummary", 403, "AccessDenied", "User: arn:aws:sts::111122223333:assumed-role/"
                + "Audit/session is not authorized to perform: iam:GetAccountSummary on resource: *");
        aws.query("ListVirtualMFADevices", "<VirtualMFADevices/><IsTruncated>false</IsTruncated>");
        aws.query("GetAccountPasswordPolicy", "<PasswordPolicy><AllowUsersToChangePassword>true"
                + "</AllowUsersToChangePassword><RequireLowercaseCharacters>true</RequireLowercaseCharacters>"
                + "<RequireUppercaseCharacters>true</RequireUppercaseCharacters>"
                + "<MinimumPasswordLength>14</MinimumPasswordLength><RequireNumbers>true</RequireNumbers>"
                + "<PasswordReusePrevention>24</PasswordReusePrevention><RequireSymbols>true</RequireSymbols>"
                + "<ExpirePasswords>false</ExpirePasswords></PasswordPolicy>");
        stubSupportPolicy();

        IamAccountInventory inventory = new IamAccountCollector().collect(aws.clients(), TARGET);

        assertThat(inventory.summary().isOk()).isFalse();
        assertThat(inventory.summary().reason()).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        var finding = new IamRootMfaEnabled().evaluate(inventory, TARGET.global()).get(0);
        assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(finding.reason()).contains("iam:GetAccountSummary");
        assertThat(inventory.passwordPolicy().value()).hasValueSatisfying(
                p -> assertThat(p.minimumLength()).isEqualTo(14));
        var complexity = passwordPolicy("complexity").evaluate(inventory, TARGET.global()).get(0);
        assertThat(complexity.status()).isEqualTo(Status.PASS);
        assertThat(complexity.proof()).startsWith("GetAccountPasswordPolicy: PasswordPolicy(")
                .contains("MinimumPasswordLength=14");
    }

    /** A registration of the password-policy check, as the catalog holds it. */
    @SuppressWarnings("unchecked")
    private static Check<IamAccountInventory> passwordPolicy(String rule) {
        return (Check<IamAccountInventory>) CheckCatalog.all().stream()
                .filter(c -> c.metadata().id().equals("iam_password_policy_" + rule)).findFirst().orElseThrow();
    }
}
