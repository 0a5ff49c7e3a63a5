package io.secpillar.evidence.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The answer to "who outside the account can do what?" for a resource or trust policy: the grants to outsiders,
 * one per grantee, and the overall verdict (YES when some outsider is allowed something, UNKNOWN when that hangs
 * on a condition the analyzer does not judge, NO when no outsider is allowed anything).
 */
public record ExternalAccess(List<Grant> grants) {

    public ExternalAccess {
        grants = List.copyOf(grants);
    }

    /** Over every kind of grantee. */
    public Verdict verdict() {
        return verdictFor(Grantee.Kind.values());
    }

    /** Whether anyone at all (any account, or no account) can use the resource. */
    public Verdict publicAccess() {
        return verdictFor(Grantee.Kind.EVERYONE);
    }

    /** Over the grantee kinds a check cares about, e.g. ACCOUNT and EVERYONE for cross-account sharing. */
    public Verdict verdictFor(Grantee.Kind... kinds) {
        Set<Grantee.Kind> wanted = Set.copyOf(Arrays.asList(kinds));
        List<Grant> relevant = grants.stream().filter(g -> wanted.contains(g.grantee().kind())).toList();
        List<Grant> sure = relevant.stream().filter(g -> g.answer() == Answer.YES).toList();
        List<Grant> chosen = sure.isEmpty() ? relevant : sure;
        if (chosen.isEmpty()) {
            return new Verdict(Answer.NO, List.of(), "No statement lets " + describe(wanted) + " in.");
        }
        Answer answer = sure.isEmpty() ? Answer.UNKNOWN : Answer.YES;
        String reasons = String.join(" ", chosen.stream().map(Grant::reason).toList());
        String prefix = answer == Answer.UNKNOWN
                ? "Could not tell: it depends on conditions the analyzer does not judge. " : "";
        return new Verdict(answer, chosen.stream().flatMap(g -> g.statements().stream()).distinct().toList(),
                prefix + reasons);
    }

    private static String describe(Set<Grantee.Kind> kinds) {
        return kinds.size() == Grantee.Kind.values().length ? "anyone outside the account"
                : kinds.stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                        .sorted().toList() + " outside the account";
    }
}
