package io.secpillar.evidence.policy;

import java.util.List;
import java.util.function.Function;

/**
 * A request tried against a policy with what AWS would decide; helpers pick the telling one over contexts, which
 * come complete (the caller's identity keys already laid in).
 */
record Found(Request request, Evaluation evaluation) {

    /** The most permissive context: one that is allowed if any is, else one whose answer is unknown. */
    static Found mostPermissive(PolicyDocument policy, Request base, List<Context> contexts) {
        return first(policy, base, contexts, Evaluation::allowed, Answer.YES);
    }

    /** The least denied context: one that no Deny catches if any, else one whose denial is unknown. */
    static Found leastDenied(PolicyDocument policy, Request base, List<Context> contexts) {
        return first(policy, base, contexts, Evaluation::denied, Answer.NO);
    }

    /** The first context where {@code measure} gives {@code wanted}; failing that, one where it is unknown. */
    private static Found first(PolicyDocument policy, Request base, List<Context> contexts,
                               Function<Evaluation, Answer> measure, Answer wanted) {
        Found fallback = null;
        for (Context c : contexts) {
            Request r = base.withContext(c);
            Found f = new Found(r, Evaluation.of(policy, r));
            Answer a = measure.apply(f.evaluation);
            if (a == wanted) {
                return f;
            }
            if (fallback == null || a == Answer.UNKNOWN && measure.apply(fallback.evaluation) != Answer.UNKNOWN) {
                fallback = f;
            }
        }
        return fallback;
    }

    Answer allowed() {
        return evaluation.allowed();
    }
}
