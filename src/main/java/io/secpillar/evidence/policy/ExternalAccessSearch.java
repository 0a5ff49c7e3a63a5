package io.secpillar.evidence.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tries every outside caller against every action and resource the policy names (and one it does not), in every
 * context that makes a difference, and gathers what gets through per grantee.
 */
final class ExternalAccessSearch {

    private ExternalAccessSearch() {
    }

    /** {@code only} empty: every action the policy names and one it does not; else just those actions. */
    static ExternalAccess run(PolicyDocument policy, AccountBoundary boundary, String partition, List<String> only) {
        List<Context> contexts = ContextSpace.of(policy, Set.of());
        Set<String> actions = only.isEmpty() ? PolicyValues.actions(policy) : new LinkedHashSet<>(only);
        List<String> resources = new ArrayList<>(PolicyValues.resources(policy, partition));
        if (resources.isEmpty()) {
            resources.add(null);
        }
        Map<Grantee, Acc> byGrantee = new LinkedHashMap<>();
        for (Caller caller : CallerSpace.outside(policy, boundary, partition)) {
            if (!namedByAnAllow(policy, caller)) {
                continue;
            }
            List<Context> own = caller.in(contexts);
            for (String action : actions) {
                for (String resource : resources) {
                    Found f = Found.mostPermissive(policy, new Request(caller, action, resource, Context.empty()), own);
                    Answer outside = caller.outside().and(f.allowed());
                    if (outside != Answer.NO) {
                        byGrantee.computeIfAbsent(caller.grantee(), g -> new Acc()).add(outside, f);
                    }
                }
            }
        }
        List<Grant> grants = new ArrayList<>();
        byGrantee.forEach((grantee, acc) -> grants.add(acc.grant(grantee)));
        return new ExternalAccess(grants);
    }

    /** A caller no Allow statement names is never allowed anything, whatever the action or context. */
    private static boolean namedByAnAllow(PolicyDocument policy, Caller caller) {
        return policy.statements().stream().anyMatch(s -> s.isAllow()
                && StatementMatcher.principal(s, caller) != Answer.NO);
    }

    /** Collects, for one grantee, the surest answer and the statements and requests behind it. */
    private static final class Acc {
        private Answer answer = Answer.NO;
        private final Set<Statement> statements = new LinkedHashSet<>();
        private String example;

        void add(Answer a, Found f) {
            if (a == Answer.YES && answer != Answer.YES) {
                statements.clear();
                example = null;
            }
            if (a == Answer.YES || answer != Answer.YES) {
                answer = a == Answer.YES ? a : Answer.UNKNOWN;
                List<Statement> deciding = f.allowed() == Answer.UNKNOWN ? f.evaluation().undecided()
                        : f.evaluation().allowing();
                statements.addAll(deciding);
                if (example == null) {
                    example = Fresh.words(f.request().describe());
                }
            }
        }

        Grant grant(Grantee grantee) {
            List<String> actions = statements.stream().filter(Statement::isAllow)
                    .map(s -> s.action().describe("every action")).distinct().toList();
            return new Grant(grantee, answer, List.copyOf(statements), actions, example);
        }
    }
}
