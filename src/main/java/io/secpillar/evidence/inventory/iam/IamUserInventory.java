package io.secpillar.evidence.inventory.iam;

import io.secpillar.evidence.Fetched;

import java.util.List;

/** The IAM users of an account, each with the managed policies attached to it and its inline policy names. */
public record IamUserInventory(Fetched<List<IamUserPolicies>> users) {

    public static final String LIST_USERS = "iam:ListUsers";
    public static final String LIST_ATTACHED_USER_POLICIES = "iam:ListAttachedUserPolicies";
    public static final String LIST_USER_POLICIES = "iam:ListUserPolicies";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(LIST_USERS, LIST_ATTACHED_USER_POLICIES,
            LIST_USER_POLICIES);

    /** One user and the policies that name it directly. */
    public record IamUserPolicies(String userName, String arn, Fetched<List<AttachedPolicy>> attached,
                                  Fetched<List<String>> inline) {
    }

    /** A managed policy attached to the user, and how ListAttachedUserPolicies described it. */
    public record AttachedPolicy(String name, String proof) {
    }
}
