package io.secpillar.evidence.policy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A deliberately plain evaluator of AWS's semantics for one fully known request: regular expressions for
 * wildcards, every condition operator spelled out, explicit Deny over Allow. It shares no code with the analyzer.
 */
final class PolicyOracle {

    /** Who calls: kind ANONYMOUS, AWS (account, arn), SERVICE (service name) or HOLDER (identity policy). */
    record Who(String kind, String account, String arn, String service) {
        static final Who HOLDER = new Who("HOLDER", null, null, null);
    }

    /** A request with every key's value known; a key missing from {@code context} is absent. */
    record Req(Who who, String action, String resource, Map<String, List<String>> context) {
    }

    private PolicyOracle() {
    }

    static boolean allowed(GenPolicy p, Req r) {
        boolean allow = false;
        for (GenPolicy.Stmt s : p.statements()) {
            if (applies(p, s, r)) {
                if (!s.allow()) {
                    return false;
                }
                allow = true;
            }
        }
        return allow;
    }

    static boolean denied(GenPolicy p, Req r) {
        return p.statements().stream().anyMatch(s -> !s.allow() && applies(p, s, r));
    }

    static boolean applies(GenPolicy p, GenPolicy.Stmt s, Req r) {
        boolean action = s.actions().stream().anyMatch(a -> glob(a, r.action(), true)) != s.notAction();
        boolean resource = s.resources() == null || r.resource() == null
                || s.resources().stream().anyMatch(x -> glob(x, r.resource(), false)) != s.notResource();
        return action && resource && principal(s.principal(), r.who())
                && s.conditions().stream().allMatch(c -> condition(c, r.context()));
    }

    private static boolean principal(GenPolicy.Principal p, Who who) {
        if (p == null || who.kind().equals("HOLDER")) {
            return true;
        }
        boolean named = p.star();
        for (var e : p.values().entrySet()) {
            for (String v : e.getValue()) {
                named |= switch (e.getKey()) {
                    case "AWS" -> v.equals("*") ? !who.kind().equals("SERVICE")
                            : who.kind().equals("AWS") && (v.equals(who.account())
                            || v.equals("arn:aws:iam::" + who.account() + ":root") || v.equals(who.arn()));
                    case "Service" -> who.kind().equals("SERVICE") && v.equals(who.service());
                    default -> false;
                };
            }
        }
        return named != p.not();
    }

    static boolean condition(GenPolicy.Cond c, Map<String, List<String>> context) {
        String op = c.operator();
        boolean forAll = op.startsWith("ForAllValues:");
        boolean forAny = op.startsWith("ForAnyValue:");
        op = op.replaceFirst("^For(AllValues|AnyValue):", "");
        boolean ifExists = op.endsWith("IfExists");
        String base = ifExists ? op.substring(0, op.length() - 8) : op;
        List<String> values = context.get(c.key().toLowerCase(Locale.ROOT));
        if (base.equals("Null")) {
            return c.values().stream().anyMatch(v -> v.equals("true") == (values == null));
        }
        boolean negated = base.contains("Not");
        if (values == null || values.isEmpty() && !forAll && !forAny) {
            return ifExists || forAll || !forAny && negated;
        }
        java.util.function.Predicate<String> one = v -> c.values().stream().anyMatch(pv -> compare(base, v, pv)) != negated;
        return forAll ? values.stream().allMatch(one) : values.stream().anyMatch(one);
    }

    private static boolean compare(String base, String v, String pv) {
        String positive = base.replace("Not", "");
        return switch (positive) {
            case "StringEquals" -> v.equals(pv);
            case "StringEqualsIgnoreCase", "Bool" -> v.toLowerCase(Locale.ROOT).equals(pv.toLowerCase(Locale.ROOT));
            case "StringLike" -> glob(pv, v, false);
            case "ArnEquals", "ArnLike" -> arn(pv, v);
            case "NumericLessThan" -> num(v) != null && num(v) < num(pv);
            case "NumericGreaterThan" -> num(v) != null && num(v) > num(pv);
            case "NumericEquals" -> num(v) != null && num(v).doubleValue() == num(pv);
            case "DateLessThan" -> Instant.parse(v).isBefore(Instant.parse(pv));
            case "DateGreaterThan" -> Instant.parse(v).isAfter(Instant.parse(pv));
            case "IpAddress" -> ipv4In(v, pv);
            default -> throw new IllegalArgumentException(base);
        };
    }

    private static Double num(String v) {
        try {
            return Double.valueOf(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean arn(String pattern, String value) {
        String[] p = pattern.split(":", 6);
        String[] v = value.split(":", 6);
        if (p.length != 6 || v.length != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (!glob(p[i], v[i], false)) {
                return false;
            }
        }
        return true;
    }

    private static boolean ipv4In(String address, String cidr) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : 0xFFFFFFFFL << (32 - bits) & 0xFFFFFFFFL;
        return (ipv4(address) & mask) == (ipv4(parts[0]) & mask);
    }

    static long ipv4(String a) {
        long out = 0;
        for (String octet : a.split("\\.")) {
            out = out << 8 | Long.parseLong(octet);
        }
        return out;
    }

    private static final Map<String, Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    static boolean glob(String pattern, String text, boolean ignoreCase) {
        return COMPILED.computeIfAbsent(ignoreCase + pattern, k -> {
            StringBuilder regex = new StringBuilder();
            for (char ch : pattern.toCharArray()) {
                regex.append(ch == '*' ? ".*" : ch == '?' ? "." : Pattern.quote(String.valueOf(ch)));
            }
            return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.DOTALL : Pattern.DOTALL);
        }).matcher(text).matches();
    }
}
