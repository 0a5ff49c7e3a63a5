package io.secpillar.evidence.checks.iam;

import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.User;

import java.util.List;

/** The IAM users of an account, each with the managed policies attached to it and its inline policy names. */
public record IamUserInventory(Fetched<List<IamUserPolicies>> users) {

    static final String LIST_USERS = "iam:ListUsers";
    static final String LIST_ATTACHED_USER_POLICIES = "iam:ListAttachedUserPolicies";
    static final String LIST_USER_POLICIES = "iam:ListUserPolicies";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_USERS, LIST_ATTACHED_USER_POLICIES,
            LIST_USER_POLICIES);

    /** One user and the policies that name it directly. */
    public record IamUserPolicies(User user, Fetched<List<AttachedPolicy>> attached, Fetched<List<String>> inline) {
    }
}
