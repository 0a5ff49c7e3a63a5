package io.secpillar.evidence.policy;

/**
 * Who, outside the boundary, a grant reaches: anyone (any account, or no account at all), one named account,
 * the accounts of one organization, an AWS service acting for accounts that are not yours, a federated identity
 * provider's users, or an S3 canonical user.
 */
public record Grantee(Kind kind, String id) {

    public enum Kind { EVERYONE, ACCOUNT, ORGANIZATION, SERVICE, FEDERATED, CANONICAL_USER }

    public static Grantee everyone() {
        return new Grantee(Kind.EVERYONE, "*");
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EVERYONE -> "anyone";
            case ACCOUNT -> "account " + id;
            case ORGANIZATION -> "the accounts of organization " + id;
            case SERVICE -> "the service " + id + " acting for other accounts";
            case FEDERATED -> "users of identity provider " + id;
            case CANONICAL_USER -> "S3 canonical user " + id;
        };
    }
}
