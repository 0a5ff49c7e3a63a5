package io.secpillar.evidence.policy;

import java.util.List;

/**
 * What a resource or trust policy lets one kind of outsider do: YES when some request of theirs is allowed,
 * UNKNOWN when it would be allowed under conditions the analyzer does not judge. {@code actions} are the Action
 * (or NotAction) elements of the allowing statements, as written; {@code example} is one such request.
 */
public record Grant(Grantee grantee, Answer answer, List<Statement> statements, List<String> actions,
                    String example) {

    public Grant {
        statements = List.copyOf(statements);
        actions = List.copyOf(actions);
    }

    /** One sentence for a finding. */
    public String reason() {
        String sids = String.join(", ", statements.stream().map(Statement::label).toList());
        return (answer == Answer.YES ? "" : "Perhaps: ") + grantee + " can " + String.join("; ", actions)
                + " (" + sids + "), e.g. " + example + ".";
    }
}
