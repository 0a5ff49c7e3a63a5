package io.secpillar.evidence.policy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Answers the questions the checks ask of one IAM policy document (identity, resource or trust policy), by
 * AWS's evaluation logic within that single policy: an explicit Deny wins, an Allow must match principal, action,
 * resource and every condition. Each answer is a {@link Verdict} of YES / NO / UNKNOWN; UNKNOWN when the answer
 * hangs on a condition the analyzer cannot judge (see {@link ConditionKeys}), never a guess in either direction.
 *
 * <p>Conditions a caller can satisfy at will (aws:SecureTransport, aws:MultiFactorAuthPresent, aws:CurrentTime,
 * aws:RequestedRegion, ...) do not narrow a grant: the analyzer tries the values that make a difference and
 * answers for the most permissive one.
 */
public final class PolicyAnalyzer {

    private final PolicyDocument policy;
    private final String partition;

    private PolicyAnalyzer(PolicyDocument policy, String partition) {
        this.policy = policy;
        this.partition = partition;
    }

    /** Parses the document (JSON or URL-encoded JSON); throws {@link PolicyParseException} when malformed. */
    public static PolicyAnalyzer of(String document) {
        return new PolicyAnalyzer(PolicyDocument.parse(document), "aws");
    }

    public static PolicyAnalyzer of(PolicyDocument policy) {
        return new PolicyAnalyzer(policy, "aws");
    }

    /** For accounts in aws-cn or aws-us-gov, so "arn:aws-cn:*" counts as every resource there. */
    public PolicyAnalyzer inPartition(String partition) {
        return new PolicyAnalyzer(policy, partition);
    }

    public PolicyDocument document() {
        return policy;
    }

    /**
     * Does the policy grant every action on every resource, i.e. administrator access? It does when some
     * context lets its holder do an action and a resource it never singles out: an Allow of "*" (or of
     * NotAction) on "*" (or NotResource) does, whatever it excludes by name, unless a Deny takes everything back.
     */
    public Verdict grantsFullAccess() {
        return holderMay(Fresh.ACTION, Fresh.resource(partition), "every action on every resource");
    }

    /** May the holder of this identity policy do {@code action} on the resource {@code resourceArn}? */
    public Verdict allows(String action, String resourceArn) {
        return holderMay(action, resourceArn, action + " on " + resourceArn);
    }

    /** May the holder do {@code action} on every resource, e.g. iam:PassRole on "*"? */
    public Verdict allowsOnEveryResource(String action) {
        return holderMay(action, Fresh.resource(partition), action + " on every resource");
    }

    /** Who outside {@code boundary} can do what, for a resource policy or a role's trust policy. */
    public ExternalAccess externalAccess(AccountBoundary boundary) {
        return ExternalAccessSearch.run(policy, boundary, partition, List.of());
    }

    /**
     * Who outside {@code boundary} can do any of {@code actions}, e.g. "s3:PutObject", "s3:DeleteObject" for a
     * public-write check, or "kms:Decrypt" for a key shared with other accounts.
     */
    public ExternalAccess externalAccess(AccountBoundary boundary, String... actions) {
        return ExternalAccessSearch.run(policy, boundary, partition, List.of(actions));
    }

    /**
     * Does this trust policy let accounts outside {@code boundary} assume the role only with an sts:ExternalId?
     * YES also when no outside account may assume it at all.
     */
    public Verdict requiresExternalId(AccountBoundary boundary) {
        return ExternalIdQuestion.ask(policy, boundary, partition);
    }

    /**
     * Is every request over plain HTTP (aws:SecureTransport false) to the bucket {@code bucketArn} and to its
     * objects explicitly denied, for every caller and every S3 action? A Deny on the bucket ARN alone leaves the
     * objects reachable and answers NO.
     */
    public Verdict deniesInsecureTransport(String bucketArn) {
        return InsecureTransportQuestion.ask(policy, bucketArn);
    }

    private Verdict holderMay(String action, String resource, String what) {
        Request base = new Request(Caller.holder(), action, resource, Context.empty());
        Found f = Found.mostPermissive(policy, base, ContextSpace.of(policy, Set.of()));
        Evaluation e = f.evaluation();
        return switch (f.allowed()) {
            case YES -> new Verdict(Answer.YES, e.allowing(), describe(e.allowing()) + " allow" + plural(e.allowing())
                    + " " + what + when(f.request().context()) + ".");
            case NO -> new Verdict(Answer.NO, e.denying(), e.denying().isEmpty()
                    ? "No statement allows " + what + "."
                    : describe(e.denying()) + " den" + (e.denying().size() == 1 ? "ies " : "y ") + what + ".");
            case UNKNOWN -> new Verdict(Answer.UNKNOWN, e.undecided(), "Whether " + describe(e.undecided())
                    + " allow" + plural(e.undecided()) + " " + what + " depends on conditions the analyzer does not judge: "
                    + conditions(e.undecided()) + ".");
        };
    }

    static String describe(List<Statement> statements) {
        return statements.stream().map(s -> s.label() + " (" + (s.isAllow() ? "Allow " : "Deny ")
                        + s.action().describe("every action") + s.resource().map(r -> " on "
                        + r.describe("every resource")).orElse("") + ")")
                .collect(Collectors.joining(", "));
    }

    static String conditions(List<Statement> statements) {
        return statements.stream().flatMap(s -> s.conditions().stream()).map(Condition::toString).distinct()
                .collect(Collectors.joining("; "));
    }

    private static String plural(List<Statement> statements) {
        return statements.size() == 1 ? "s" : "";
    }

    private static String when(Context context) {
        String c = Fresh.words(context.toString());
        return c.isEmpty() ? "" : " (for a request with " + c + ")";
    }
}
