package io.secpillar.evidence.inventory.iam;

import io.secpillar.evidence.Fetched;

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
                                  Fetched<List<VirtualMfaDevice>> virtualMfaDevices,
                                  Fetched<Optional<PasswordPolicy>> passwordPolicy,
                                  Fetched<SupportPolicyHolders> supportPolicyHolders) {

    public static final String GET_ACCOUNT_SUMMARY = "iam:GetAccountSummary";
    public static final String LIST_VIRTUAL_MFA_DEVICES = "iam:ListVirtualMFADevices";
    public static final String GET_PASSWORD_POLICY = "iam:GetAccountPasswordPolicy";
    public static final String LIST_ENTITIES_FOR_POLICY = "iam:ListEntitiesForPolicy";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(GET_ACCOUNT_SUMMARY, LIST_VIRTUAL_MFA_DEVICES,
            GET_PASSWORD_POLICY, LIST_ENTITIES_FOR_POLICY);

    /** The ARN of the account's root user. */
    public String rootArn(String accountId) {
        return "arn:" + partition + ":iam::" + accountId + ":root";
    }

    /** An assigned virtual MFA device; {@code userArn} is empty when the device names no user. */
    public record VirtualMfaDevice(String serialNumber, Optional<String> userArn) {
    }

    /**
     * The account password policy as GetAccountPasswordPolicy gives it (a setting AWS leaves out stays null) and
     * the answer as AWS gave it.
     */
    public record PasswordPolicy(Integer minimumLength, Integer reusePrevention, Boolean requireUppercase,
                                 Boolean requireLowercase, Boolean requireNumbers, Boolean requireSymbols,
                                 String proof) {
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
