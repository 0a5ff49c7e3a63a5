package io.secpillar.evidence.policy;

import java.util.List;

/**
 * The analyzer's answer to one question about a policy, with the statements that decide it (empty when the
 * answer comes from the absence of a statement, e.g. nothing allows the action) and a sentence a reviewer can
 * read in a finding.
 */
public record Verdict(Answer answer, List<Statement> statements, String reason) {

    public Verdict {
        statements = List.copyOf(statements);
    }

    public boolean isYes() {
        return answer == Answer.YES;
    }

    public boolean isNo() {
        return answer == Answer.NO;
    }

    public boolean isUnknown() {
        return answer == Answer.UNKNOWN;
    }

    /** The deciding statements' Sids, or their position when they have none, for a short proof line. */
    public List<String> statementLabels() {
        return statements.stream().map(Statement::label).toList();
    }
}
