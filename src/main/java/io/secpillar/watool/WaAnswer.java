package io.secpillar.watool;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One question's answer as the WA Tool holds it (ids in the Tool lens's spelling): what UpdateAnswer sends, and what
 * GetAnswer returns. {@code reason} is the Tool's reason word when the question does not apply.
 */
public record WaAnswer(String questionId, List<String> selectedChoices, Map<String, WaChoiceState> choices,
                       boolean applicable, Optional<String> reason, String notes) {

    public WaAnswer {
        Objects.requireNonNull(questionId, "questionId");
        selectedChoices = List.copyOf(selectedChoices);
        choices = Map.copyOf(choices);
        Objects.requireNonNull(reason, "reason");
        notes = notes == null ? "" : notes;
    }
}
