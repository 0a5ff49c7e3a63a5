package io.secpillar.pillar;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses risk-rule conditions. Grammar (the spec does not state precedence, so we take the usual one):
 * <pre>
 *   or    := and ('||' and)*
 *   and   := unary ('&amp;&amp;' unary)*
 *   unary := '!' unary | id | '(' or ')'
 * </pre>
 * plus the whole condition {@code default}. Ids are letters, digits and underscore. Nesting ('(' and '!') is
 * bounded by {@link #MAX_DEPTH}: the parser recurses, and a hostile lens must get a message, not a stack overflow.
 */
public final class ConditionParser {

    /** Deeper than any sensible rule over at most 15 choices, and far below what the stack can take. */
    public static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;
    private int depth;

    private ConditionParser(String text) {
        this.text = text;
    }

    public static Condition parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ConditionSyntaxException("the condition is empty", 0);
        }
        if (text.strip().equals("default")) {
            return new Condition.Default();
        }
        ConditionParser parser = new ConditionParser(text);
        Condition c = parser.or();
        parser.skipSpaces();
        if (parser.pos < text.length()) {
            throw new ConditionSyntaxException("unexpected '" + text.charAt(parser.pos) + "'", parser.pos);
        }
        return c;
    }

    private Condition or() {
        List<Condition> operands = new ArrayList<>();
        operands.add(and());
        while (accept("||")) {
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.Or(operands);
    }

    private Condition and() {
        List<Condition> operands = new ArrayList<>();
        operands.add(unary());
        while (accept("&&")) {
            operands.add(unary());
        }
        return operands.size() == 1 ? operands.get(0) : new Condition.And(operands);
    }

    private Condition unary() {
        skipSpaces();
        if (accept("!")) {
            enter();
            Condition negated = new Condition.Not(unary());
            depth--;
            return negated;
        }
        if (accept("(")) {
            enter();
            Condition inner = or();
            if (!accept(")")) {
                throw new ConditionSyntaxException("missing ')'", pos);
            }
            depth--;
            return inner;
        }
        int start = pos;
        while (pos < text.length() && isIdChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            String found = pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end";
            throw new ConditionSyntaxException("expected a choice id, '!' or '(' but found " + found, pos);
        }
        String id = text.substring(start, pos);
        if (id.equals("default")) {
            throw new ConditionSyntaxException("'default' must be the whole condition", start);
        }
        return new Condition.ChoiceRef(id);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new ConditionSyntaxException("nests '(' and '!' more than " + MAX_DEPTH
                    + " levels deep; write it more simply", pos - 1);
        }
    }

    private boolean accept(String token) {
        skipSpaces();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    static boolean isIdChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
