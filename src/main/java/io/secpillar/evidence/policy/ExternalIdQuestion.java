package io.secpillar.evidence.policy;

import java.util.List;
import java.util.Set;

/** Can an account outside the boundary assume the role without sending an sts:ExternalId? */
final class ExternalIdQuestion {

    private ExternalIdQuestion() {
    }

    static Verdict ask(PolicyDocument policy, AccountBoundary boundary, String partition) {
        List<Context> contexts = ContextSpace.of(policy, Set.of(ConditionKeys.EXTERNAL_ID));
        Found unsure = null;
        for (Caller caller : CallerSpace.outside(policy, boundary, partition)) {
            if (caller.kind() != Caller.Kind.AWS) {
                continue;
            }
            Request base = new Request(caller, "sts:AssumeRole", null, Context.empty().withAbsent(ConditionKeys.EXTERNAL_ID));
            Found f = Found.mostPermissive(policy, base, caller.in(contexts).stream()
                    .map(c -> c.withAbsent(ConditionKeys.EXTERNAL_ID)).toList());
            Answer gap = caller.outside().and(f.allowed());
            if (gap == Answer.YES) {
                return new Verdict(Answer.NO, f.evaluation().allowing(), "Without an external ID, "
                        + caller.description() + " can assume the role ("
                        + PolicyAnalyzer.describe(f.evaluation().allowing()) + ").");
            }
            if (gap == Answer.UNKNOWN && unsure == null) {
                unsure = f;
            }
        }
        if (unsure != null) {
            String conditions = PolicyAnalyzer.conditions(unsure.evaluation().undecided());
            return new Verdict(Answer.UNKNOWN, unsure.evaluation().deciding(), "Could not tell whether "
                    + Fresh.words(unsure.request().caller().description()) + " can assume the role without an external ID: "
                    + (conditions.isEmpty() ? "it comes through a VPC endpoint or VPC not known to be the account's."
                    : "it depends on " + conditions + "."));
        }
        return new Verdict(Answer.YES, List.of(), "No account outside " + boundary.ownerAccount()
                + " can assume the role without an external ID.");
    }
}
