package io.secpillar.evidence.policy;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import io.secpillar.evidence.policy.ConditionOperator.Base;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Decides one condition against a {@link Context} the way AWS documents it: a missing key fails a positive
 * operator and passes a negated one, IfExists passes a missing key, Null tests presence, ForAllValues passes an
 * empty or missing set and ForAnyValue fails it, several values of one key are alternatives (for a negated
 * operator: none may match). A key whose value the context does not know, or a policy variable, gives UNKNOWN.
 */
final class ConditionEvaluator {

    private ConditionEvaluator() {
    }

    static Answer evaluate(Condition c, Context ctx) {
        if (c.values().stream().anyMatch(Wildcards::hasVariable)) {
            return Answer.UNKNOWN;
        }
        Context.State state = ctx.state(c.key());
        if (state == Context.State.UNKNOWN) {
            return Answer.UNKNOWN;
        }
        ConditionOperator op = c.operator();
        Base base = op.base();
        List<String> present = ctx.values(c.key());
        boolean absent = state == Context.State.ABSENT || present.isEmpty() && op.qualifier() == ConditionOperator.SetQualifier.NONE;
        if (base == Base.NULL) {
            return Answer.of(c.values().stream().anyMatch(v -> Boolean.parseBoolean(v) == absent));
        }
        if (absent) {
            if (op.ifExists()) {
                return Answer.YES;
            }
            return switch (op.qualifier()) {
                case FOR_ALL_VALUES -> Answer.YES;
                case FOR_ANY_VALUE -> Answer.NO;
                case NONE -> Answer.of(base.negated());
            };
        }
        return Answer.of(switch (op.qualifier()) {
            case FOR_ALL_VALUES -> present.stream().allMatch(v -> one(c, v));
            case FOR_ANY_VALUE, NONE -> present.stream().anyMatch(v -> one(c, v));
        });
    }

    private static boolean one(Condition c, String value) {
        Base base = c.operator().base();
        boolean any = c.values().stream().anyMatch(p -> matches(base, value, p));
        return base.negated() != any;
    }

    /** The positive comparison behind each operator (the negation is applied by the caller). */
    static boolean matches(Base base, String value, String policy) {
        return switch (base) {
            case STRING_EQUALS, STRING_NOT_EQUALS, BINARY_EQUALS -> value.equals(policy);
            case STRING_EQUALS_IGNORE_CASE, STRING_NOT_EQUALS_IGNORE_CASE, BOOL -> value.equalsIgnoreCase(policy);
            case STRING_LIKE, STRING_NOT_LIKE -> Wildcards.matches(policy, value, false);
            case ARN_EQUALS, ARN_NOT_EQUALS, ARN_LIKE, ARN_NOT_LIKE -> Wildcards.arnMatches(policy, value);
            case IP_ADDRESS, NOT_IP_ADDRESS -> inRange(value, policy);
            case NUMERIC_EQUALS, NUMERIC_NOT_EQUALS, NUMERIC_LESS_THAN, NUMERIC_LESS_THAN_EQUALS,
                 NUMERIC_GREATER_THAN, NUMERIC_GREATER_THAN_EQUALS -> compare(base, number(value), number(policy));
            case DATE_EQUALS, DATE_NOT_EQUALS, DATE_LESS_THAN, DATE_LESS_THAN_EQUALS, DATE_GREATER_THAN,
                 DATE_GREATER_THAN_EQUALS -> compare(base, date(value), date(policy));
            case NULL -> false;
        };
    }

    private static <T extends Comparable<T>> boolean compare(Base base, Optional<T> value, Optional<T> policy) {
        if (value.isEmpty() || policy.isEmpty()) {
            return false;
        }
        int c = value.get().compareTo(policy.get());
        return switch (base) {
            case NUMERIC_EQUALS, NUMERIC_NOT_EQUALS, DATE_EQUALS, DATE_NOT_EQUALS -> c == 0;
            case NUMERIC_LESS_THAN, DATE_LESS_THAN -> c < 0;
            case NUMERIC_LESS_THAN_EQUALS, DATE_LESS_THAN_EQUALS -> c <= 0;
            case NUMERIC_GREATER_THAN, DATE_GREATER_THAN -> c > 0;
            default -> c >= 0;
        };
    }

    static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** ISO-8601 date-times, plain dates (midnight UTC) and epoch seconds, as the Date operators accept. */
    static Optional<Instant> date(String text) {
        String t = text.strip();
        try {
            if (t.chars().allMatch(Character::isDigit) && !t.isEmpty()) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(t)));
            }
            if (t.length() == 10) {
                return Optional.of(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static Optional<IPAddress> address(String text) {
        IPAddress a = new IPAddressString(text.strip()).getAddress();
        return Optional.ofNullable(a);
    }

    private static boolean inRange(String value, String cidr) {
        Optional<IPAddress> v = address(value);
        Optional<IPAddress> range = address(cidr);
        if (v.isEmpty() || range.isEmpty() || v.get().isIPv4() != range.get().isIPv4()) {
            return false;
        }
        return range.get().toPrefixBlock().contains(v.get().withoutPrefixLength());
    }
}
