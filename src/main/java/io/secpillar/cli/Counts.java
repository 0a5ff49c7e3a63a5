package io.secpillar.cli;

import io.secpillar.questionnaire.RiskCounts;

import java.util.LinkedHashMap;
import java.util.Map;

/** How the command line prints risk counts, in words and in JSON. */
final class Counts {

    private Counts() {
    }

    static String words(RiskCounts c) {
        return "High " + c.high() + ", Medium " + c.medium() + ", None " + c.none() + ", Not applicable "
                + c.notApplicable() + ", Unanswered " + c.unanswered();
    }

    static Map<String, Integer> json(RiskCounts c) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("HIGH", c.high());
        m.put("MEDIUM", c.medium());
        m.put("NONE", c.none());
        m.put("NOT_APPLICABLE", c.notApplicable());
        m.put("UNANSWERED", c.unanswered());
        return m;
    }
}
