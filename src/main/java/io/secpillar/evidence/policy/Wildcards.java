package io.secpillar.evidence.policy;

/**
 * IAM's wildcards: {@code *} matches any run of characters (also none), {@code ?} exactly one. Actions compare
 * case-insensitively, ARNs and most condition values case-sensitively. ARN condition operators compare the six
 * colon-separated parts one by one, so a wildcard there never reaches across a colon.
 */
final class Wildcards {

    private Wildcards() {
    }

    static boolean matches(String pattern, String text, boolean ignoreCase) {
        String p = ignoreCase ? pattern.toLowerCase(java.util.Locale.ROOT) : pattern;
        String t = ignoreCase ? text.toLowerCase(java.util.Locale.ROOT) : text;
        int pi = 0;
        int ti = 0;
        int star = -1;
        int mark = 0;
        while (ti < t.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == t.charAt(ti))) {
                pi++;
                ti++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                mark = ti;
            } else if (star >= 0) {
                pi = star + 1;
                ti = ++mark;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    /** ArnEquals / ArnLike: both ARNs have six parts and each part matches on its own. */
    static boolean arnMatches(String pattern, String arn) {
        String[] p = pattern.split(":", 6);
        String[] a = arn.split(":", 6);
        if (p.length != 6 || a.length != 6) {
            return pattern.equals(arn);
        }
        for (int i = 0; i < 6; i++) {
            if (!matches(p[i], a[i], false)) {
                return false;
            }
        }
        return true;
    }

    static boolean hasVariable(String pattern) {
        return pattern.contains("${");
    }

    /** A policy variable stands for a value only known at request time; read it as "anything" to bound it. */
    static String variablesAsWildcards(String pattern) {
        return pattern.replaceAll("\\$\\{[^}]*}", "*");
    }
}
