package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.iam.model.PasswordPolicy;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account-wide IAM settings, read once per account: the account summary (root MFA and root keys), the virtual
 * MFA devices, the password policy (empty when the account has none) and who holds the AWS support policy.
 *
 * @param partition the AWS partition of the account (aws, aws-cn, aws-us-gov), for the ARNs findings name
 */
public record IamAccountInventory(String partition,
                                  Fetched<Map<String, Integer>> summary,
                                  Fetched<List<VirtualMFADevice>> virtualMfaDevices,
                                  Fetched<Optional<PasswordPolicy>> passwordPolicy,
                                  Fetched<SupportPolicyHolders> supportPolicyHolders) {

    static final String GET_ACCOUNT_SUMMARY = "iam:GetAccountSummary";
    static final String LIST_VIRTUAL_MFA_DEVICES = "iam:ListVirtualMFADevices";
    static final String GET_PASSWORD_POLICY = "iam:GetAccountPasswordPolicy";
    static final String LIST_ENTITIES_FOR_POLICY = "iam:ListEntitiesForPolicy";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(GET_ACCOUNT_SUMMARY, LIST_VIRTUAL_MFA_DEVICES,
            GET_PASSWORD_POLICY, LIST_ENTITIES_FOR_POLICY);

    /** The ARN of the account's root user. */
    public String rootArn(String accountId) {
        return "arn:" + partition + ":iam::" + accountId + ":root";
    }

    /** The roles, users and groups the AWS managed policy AWSSupportAccess is attached to. */
    public record SupportPolicyHolders(String policyArn, List<String> roles, List<String> users,
                                       List<String> groups) {
        public SupportPolicyHolders {
            roles = List.copyOf(roles);
            users = List.copyOf(users);
            groups = List.copyOf(groups);
        }
    }
}
