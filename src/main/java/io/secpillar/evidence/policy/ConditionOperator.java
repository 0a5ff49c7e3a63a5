package io.secpillar.evidence.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * A condition operator as written, e.g. {@code ForAnyValue:StringLikeIfExists}: its base comparison, whether it
 * ends in IfExists (a missing key then passes), and its set qualifier for keys that carry several values.
 */
public record ConditionOperator(String text, Base base, boolean ifExists, SetQualifier qualifier) {

    /** How a multi-valued key is compared: no qualifier, every value must match, or one value must match. */
    public enum SetQualifier { NONE, FOR_ALL_VALUES, FOR_ANY_VALUE }

    /** The type of values a base operator compares. */
    public enum Kind { STRING, NUMERIC, DATE, BOOL, BINARY, IP, ARN, NULL }

    /** The base operators of the grammar; a negated one matches when none of the policy's values match. */
    public enum Base {
        STRING_EQUALS("StringEquals", Kind.STRING, false), STRING_NOT_EQUALS("StringNotEquals", Kind.STRING, true),
        STRING_EQUALS_IGNORE_CASE("StringEqualsIgnoreCase", Kind.STRING, false),
        STRING_NOT_EQUALS_IGNORE_CASE("StringNotEqualsIgnoreCase", Kind.STRING, true),
        STRING_LIKE("StringLike", Kind.STRING, false), STRING_NOT_LIKE("StringNotLike", Kind.STRING, true),
        NUMERIC_EQUALS("NumericEquals", Kind.NUMERIC, false), NUMERIC_NOT_EQUALS("NumericNotEquals", Kind.NUMERIC, true),
        NUMERIC_LESS_THAN("NumericLessThan", Kind.NUMERIC, false),
        NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Kind.NUMERIC, false),
        NUMERIC_GREATER_THAN("NumericGreaterThan", Kind.NUMERIC, false),
        NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Kind.NUMERIC, false),
        DATE_EQUALS("DateEquals", Kind.DATE, false), DATE_NOT_EQUALS("DateNotEquals", Kind.DATE, true),
        DATE_LESS_THAN("DateLessThan", Kind.DATE, false), DATE_LESS_THAN_EQUALS("DateLessThanEquals", Kind.DATE, false),
        DATE_GREATER_THAN("DateGreaterThan", Kind.DATE, false),
        DATE_GREATER_THAN_EQUALS("DateGreaterThanEquals", Kind.DATE, false),
        BOOL("Bool", Kind.BOOL, false), BINARY_EQUALS("BinaryEquals", Kind.BINARY, false),
        IP_ADDRESS("IpAddress", Kind.IP, false), NOT_IP_ADDRESS("NotIpAddress", Kind.IP, true),
        ARN_EQUALS("ArnEquals", Kind.ARN, false), ARN_NOT_EQUALS("ArnNotEquals", Kind.ARN, true),
        ARN_LIKE("ArnLike", Kind.ARN, false), ARN_NOT_LIKE("ArnNotLike", Kind.ARN, true),
        NULL("Null", Kind.NULL, false);

        private final String name;
        private final Kind kind;
        private final boolean negated;

        Base(String name, Kind kind, boolean negated) {
            this.name = name;
            this.kind = kind;
            this.negated = negated;
        }

        public Kind kind() {
            return kind;
        }

        public boolean negated() {
            return negated;
        }

        static Optional<Base> named(String name) {
            return Arrays.stream(values()).filter(b -> b.name.equals(name)).findFirst();
        }
    }

    /** Reads an operator name; an unknown one is a grammar error, since IAM would refuse the document. */
    public static ConditionOperator parse(String text) {
        String rest = text;
        SetQualifier qualifier = SetQualifier.NONE;
        if (rest.startsWith("ForAllValues:")) {
            qualifier = SetQualifier.FOR_ALL_VALUES;
            rest = rest.substring("ForAllValues:".length());
        } else if (rest.startsWith("ForAnyValue:")) {
            qualifier = SetQualifier.FOR_ANY_VALUE;
            rest = rest.substring("ForAnyValue:".length());
        }
        boolean ifExists = rest.endsWith("IfExists");
        String baseName = ifExists ? rest.substring(0, rest.length() - "IfExists".length()) : rest;
        Base base = Base.named(baseName)
                .orElseThrow(() -> new PolicyParseException("unknown condition operator \"" + text + "\""));
        if (base == Base.NULL && (ifExists || qualifier != SetQualifier.NONE)) {
            throw new PolicyParseException("the Null operator takes no IfExists or set qualifier: \"" + text + "\"");
        }
        return new ConditionOperator(text, base, ifExists, qualifier);
    }
}
