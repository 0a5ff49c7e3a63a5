package io.secpillar.evidence.policy;

/**
 * Stand-ins for "an action / a resource / a value the policy never names". They are built from a character no
 * real name uses, so only a pattern that matches everything (such as "*" or "*:*") matches them; a policy that
 * allows them allows every action or resource it does not single out.
 */
final class Fresh {

    static final char MARK = '\u00a7';
    static final String TOKEN = String.valueOf(MARK).repeat(12);
    static final String ACTION = TOKEN + ":" + TOKEN;
    static final String VALUE = TOKEN;

    private Fresh() {
    }

    static String resource(String partition) {
        return "arn:" + partition + ":" + TOKEN + ":" + TOKEN + ":" + TOKEN + ":" + TOKEN + "/" + TOKEN;
    }

    static String action(String service) {
        return service + ":" + TOKEN;
    }

    /** Replaces the wildcards of a pattern to get one concrete value it matches. */
    static String instance(String pattern, boolean starsEmpty) {
        return pattern.replace("*", starsEmpty ? "" : String.valueOf(MARK)).replace('?', MARK);
    }

    static boolean isFresh(String text) {
        return text.indexOf(MARK) >= 0;
    }

    /** Turns stand-ins back into words for a reason. */
    static String words(String text) {
        if (text.equals(ACTION)) {
            return "any action it does not name";
        }
        if (text.startsWith("arn:") && text.endsWith(TOKEN + "/" + TOKEN)) {
            return "any resource it does not name";
        }
        return text.replace(TOKEN, "<any>").replace(String.valueOf(MARK), "x");
    }
}
