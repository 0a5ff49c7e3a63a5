package io.secpillar.evidence.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * AWS's decision for one request within one policy: allowed when some Allow statement applies and no Deny
 * statement does (an explicit Deny always wins; nothing applying is an implicit deny). Remembers which
 * statements carried the decision.
 */
record Evaluation(Answer allowed, Answer denied, List<Statement> allowing, List<Statement> denying,
                  List<Statement> undecided) {

    static Evaluation of(PolicyDocument policy, Request request) {
        Answer allow = Answer.NO;
        Answer deny = Answer.NO;
        List<Statement> allowing = new ArrayList<>();
        List<Statement> denying = new ArrayList<>();
        List<Statement> undecided = new ArrayList<>();
        for (Statement s : policy.statements()) {
            Answer applies = StatementMatcher.applies(s, request);
            if (applies == Answer.NO) {
                continue;
            }
            (applies == Answer.UNKNOWN ? undecided : s.isAllow() ? allowing : denying).add(s);
            if (s.isAllow()) {
                allow = allow.or(applies);
            } else {
                deny = deny.or(applies);
            }
        }
        return new Evaluation(allow.and(deny.not()), deny, allowing, denying, undecided);
    }

    /** The statements that settle the answer: the applying Allows, the applying Denies, or the undecided ones. */
    List<Statement> deciding() {
        return switch (allowed) {
            case YES -> allowing;
            case NO -> denying;
            case UNKNOWN -> undecided;
        };
    }
}
