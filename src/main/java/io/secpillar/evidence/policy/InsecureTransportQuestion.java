package io.secpillar.evidence.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Is every plain-HTTP request to a bucket and its objects explicitly denied? Tries anonymous callers and
 * principals of every account (the owner's too), every S3 action the policy names and one it does not, on the
 * bucket ARN and on an object ARN, in every context with aws:SecureTransport false. Service principals are left
 * out: AWS services call S3 over TLS themselves.
 */
final class InsecureTransportQuestion {

    private InsecureTransportQuestion() {
    }

    static Verdict ask(PolicyDocument policy, String bucketArn) {
        String partition = bucketArn.split(":").length > 1 ? bucketArn.split(":")[1] : "aws";
        List<Context> contexts = ContextSpace.of(policy, Set.of(ConditionKeys.SECURE_TRANSPORT)).stream()
                .map(c -> c.with(ConditionKeys.SECURE_TRANSPORT, List.of("false"))).toList();
        AccountBoundary nobodyTrusted = AccountBoundary.of(Fresh.TOKEN + "owner");
        Set<Statement> denying = new LinkedHashSet<>();
        Found unsure = null;
        for (Caller caller : CallerSpace.awsAndAnonymous(policy, nobodyTrusted, partition)) {
            List<Context> own = caller.in(contexts);
            for (String action : s3Actions(policy)) {
                for (String resource : resources(policy, bucketArn)) {
                    Found f = Found.leastDenied(policy, new Request(caller, action, resource, Context.empty()), own);
                    if (f.evaluation().denied() == Answer.NO) {
                        return new Verdict(Answer.NO, List.of(), "Nothing denies plain HTTP for "
                                + Fresh.words(f.request().describe()) + ".");
                    }
                    if (f.evaluation().denied() == Answer.UNKNOWN && unsure == null) {
                        unsure = f;
                    }
                    denying.addAll(f.evaluation().denying());
                }
            }
        }
        if (unsure != null) {
            return new Verdict(Answer.UNKNOWN, unsure.evaluation().undecided(), "Whether plain HTTP is denied for "
                    + Fresh.words(unsure.request().describe()) + " depends on conditions the analyzer does not judge: "
                    + PolicyAnalyzer.conditions(unsure.evaluation().undecided()) + ".");
        }
        return new Verdict(Answer.YES, new ArrayList<>(denying), PolicyAnalyzer.describe(new ArrayList<>(denying))
                + " den" + (denying.size() == 1 ? "ies" : "y") + " every request without TLS to " + bucketArn
                + " and its objects.");
    }

    private static Set<String> s3Actions(PolicyDocument policy) {
        Set<String> out = new LinkedHashSet<>();
        PolicyValues.actions(policy).stream().filter(a -> a.toLowerCase(java.util.Locale.ROOT).startsWith("s3:"))
                .forEach(out::add);
        out.add(Fresh.action("s3"));
        return out;
    }

    private static Set<String> resources(PolicyDocument policy, String bucketArn) {
        Set<String> out = new LinkedHashSet<>(List.of(bucketArn, bucketArn + "/" + Fresh.TOKEN));
        PolicyValues.resources(policy, "aws").stream().filter(r -> r.startsWith(bucketArn + "/")).forEach(out::add);
        return out;
    }
}
