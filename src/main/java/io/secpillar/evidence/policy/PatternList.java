package io.secpillar.evidence.policy;

import java.util.List;

/**
 * The values of an Action/NotAction or Resource/NotResource element. {@code negated} is true for the Not* form,
 * which matches whatever none of the patterns match.
 */
public record PatternList(boolean negated, List<String> patterns) {

    public PatternList {
        patterns = List.copyOf(patterns);
    }

    /** How the element reads in a reason: "s3:GetObject, s3:PutObject" or "every action except iam:*". */
    String describe(String everything) {
        String listed = String.join(", ", patterns);
        return negated ? everything + " except " + listed : listed;
    }
}
