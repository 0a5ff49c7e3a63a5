package io.secpillar.evidence.policy;

/**
 * Who makes a request in the analyzer's model: the holder of an identity policy, an anonymous caller, a principal
 * of some AWS account, an AWS service acting for some account, a federated user or an S3 canonical user.
 * {@code identity} carries the condition keys the caller's identity fixes (aws:PrincipalAccount, aws:SourceAccount,
 * ...); {@code outside} says whether the caller is outside the {@link AccountBoundary} asked about.
 */
record Caller(Kind kind, String id, String account, Context identity, Answer outside, Grantee grantee,
              String description) {

    enum Kind { HOLDER, ANONYMOUS, AWS, SERVICE, FEDERATED, CANONICAL_USER }

    /** The caller's identity keys laid over each of the contexts a caller may bring. */
    java.util.List<Context> in(java.util.List<Context> contexts) {
        return contexts.stream().map(identity::plus).toList();
    }

    static Caller holder() {
        return new Caller(Kind.HOLDER, "", null, Context.empty(), Answer.NO, Grantee.everyone(),
                "the holder of the policy");
    }
}
