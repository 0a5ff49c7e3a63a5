package io.secpillar.evidence.policy;

import java.util.List;

/** A request tried against a policy with what AWS would decide; helpers pick the telling one over contexts. */
record Found(Request request, Evaluation evaluation) {

    /** The most permissive context: one that is allowed if any is, else one whose answer is unknown. */
    static Found mostPermissive(PolicyDocument policy, Request base, List<Context> contexts) {
        Found best = null;
        for (Context c : contexts) {
            Request r = base.withContext(c);
            Found f = new Found(r, Evaluation.of(policy, r));
            if (f.evaluation.allowed() == Answer.YES) {
                return f;
            }
            if (best == null || best.evaluation.allowed() == Answer.NO && f.evaluation.allowed() == Answer.UNKNOWN) {
                best = f;
            }
        }
        return best;
    }

    /** The least denied context: one that no Deny catches if any, else one whose denial is unknown. */
    static Found leastDenied(PolicyDocument policy, Request base, List<Context> contexts) {
        Found worst = null;
        for (Context c : contexts) {
            Request r = base.withContext(c);
            Found f = new Found(r, Evaluation.of(policy, r));
            if (f.evaluation.denied() == Answer.NO) {
                return f;
            }
            if (worst == null || worst.evaluation.denied() == Answer.YES && f.evaluation.denied() == Answer.UNKNOWN) {
                worst = f;
            }
        }
        return worst;
    }

    Answer allowed() {
        return evaluation.allowed();
    }
}
