package io.secpillar.questionnaire;

import java.util.Objects;

/**
 * The reason a question or best practice does not apply. "Other" needs a text; the text is optional otherwise.
 */
public record NotApplicable(NotApplicableReason reason, String text) {

    public static final int MAX_TEXT = 250;

    public NotApplicable {
        Objects.requireNonNull(reason, "reason");
        text = text == null ? "" : text.strip();
        if (reason == NotApplicableReason.OTHER && text.isEmpty()) {
            throw new InvalidAnswerException("Say why it does not apply: the reason \"Other\" needs a short text.");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidAnswerException("The reason text has " + text.length() + " characters; at most "
                    + MAX_TEXT + " are kept.");
        }
    }

    public String describe() {
        return text.isEmpty() ? reason.label() : reason.label() + ": " + text;
    }
}
