package io.secpillar.pillar;

import java.util.Optional;

/**
 * One choice of a question: a best practice, or the "None of these" choice whose id ends in {@code _no}.
 */
public record Choice(String id, String title, Optional<Link> helpfulResource, Optional<Link> improvementPlan) {

    public static final String NONE_SUFFIX = "_no";

    public boolean isNoneOfThese() {
        return id.endsWith(NONE_SUFFIX);
    }
}
