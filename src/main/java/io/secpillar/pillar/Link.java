package io.secpillar.pillar;

import java.util.Objects;

/**
 * A text with an optional web address, as the lens format's helpfulResource and improvementPlan.
 * An absent url is the empty string, so callers never juggle nulls.
 */
public record Link(String displayText, String url) {
    public Link {
        displayText = Objects.requireNonNullElse(displayText, "");
        url = Objects.requireNonNullElse(url, "");
    }

    public boolean hasUrl() {
        return !url.isBlank();
    }
}
