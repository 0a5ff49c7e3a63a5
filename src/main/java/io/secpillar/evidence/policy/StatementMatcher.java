package io.secpillar.evidence.policy;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether one statement applies to one request: its principal, action, resource and every condition must match
 * (NotPrincipal, NotAction and NotResource match what their lists do not). Three-valued: a condition the context
 * cannot decide, or a resource pattern with a policy variable, leaves the statement UNKNOWN.
 */
final class StatementMatcher {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ACCOUNT_ROOT = Pattern.compile("arn:[a-z-]+:iam::(\\d{12}):root");

    private StatementMatcher() {
    }

    static Answer applies(Statement s, Request r) {
        Answer a = principal(s, r.caller()).and(action(s.action(), r.action())).and(resource(s, r.resource()));
        for (Condition c : s.conditions()) {
            if (a == Answer.NO) {
                return a;
            }
            a = a.and(ConditionEvaluator.evaluate(c, r.context()));
        }
        return a;
    }

    static Answer action(PatternList list, String action) {
        boolean any = list.patterns().stream().anyMatch(p -> Wildcards.matches(p, action, true));
        return Answer.of(list.negated() != any);
    }

    private static Answer resource(Statement s, String resource) {
        if (s.resource().isEmpty() || resource == null) {
            return Answer.YES;
        }
        PatternList list = s.resource().get();
        Answer any = Answer.NO;
        for (String p : list.patterns()) {
            any = any.or(resourcePattern(p, resource));
        }
        return list.negated() ? any.not() : any;
    }

    private static Answer resourcePattern(String pattern, String resource) {
        if (Wildcards.hasVariable(pattern)) {
            return Wildcards.matches(Wildcards.variablesAsWildcards(pattern), resource, false) ? Answer.UNKNOWN : Answer.NO;
        }
        return Answer.of(Wildcards.matches(pattern, resource, false));
    }

    static Answer principal(Statement s, Caller caller) {
        if (s.principal().isEmpty() || caller.kind() == Caller.Kind.HOLDER) {
            return Answer.YES;
        }
        PrincipalList list = s.principal().get();
        boolean named = list.everyone() || names(list, caller);
        return Answer.of(list.negated() != named);
    }

    private static boolean names(PrincipalList list, Caller caller) {
        return switch (caller.kind()) {
            case ANONYMOUS -> list.of(PrincipalType.AWS).contains("*");
            case AWS -> list.of(PrincipalType.AWS).stream().anyMatch(v -> namesAwsPrincipal(v, caller));
            case SERVICE -> anyEqual(list.of(PrincipalType.SERVICE), caller.id(), true);
            case FEDERATED -> anyEqual(list.of(PrincipalType.FEDERATED), caller.id(), false);
            case CANONICAL_USER -> anyEqual(list.of(PrincipalType.CANONICAL_USER), caller.id(), false);
            case HOLDER -> true;
        };
    }

    /** "*", an account (its id or its root ARN: every principal of it), or one principal's exact ARN. */
    private static boolean namesAwsPrincipal(String value, Caller caller) {
        if ("*".equals(value)) {
            return true;
        }
        String account = accountOf(value);
        if (account != null) {
            return account.equals(caller.account());
        }
        return value.equals(caller.id());
    }

    /** The account a principal value names as a whole (id or root ARN), or null for a narrower principal. */
    static String accountOf(String principalValue) {
        if (ACCOUNT_ID.matcher(principalValue).matches()) {
            return principalValue;
        }
        var m = ACCOUNT_ROOT.matcher(principalValue);
        return m.matches() ? m.group(1) : null;
    }

    private static boolean anyEqual(List<String> values, String id, boolean ignoreCase) {
        return values.stream().anyMatch(v -> "*".equals(v) || (ignoreCase ? v.equalsIgnoreCase(id) : v.equals(id)));
    }
}
