package io.secpillar.watool;

import java.util.Objects;
import java.util.Optional;

/**
 * One choice of a WA Tool answer: its status ({@code SELECTED}, {@code UNSELECTED}, {@code NOT_APPLICABLE}), the
 * reason it does not apply ({@code OUT_OF_SCOPE}, {@code BUSINESS_PRIORITIES}, {@code ARCHITECTURE_CONSTRAINTS},
 * {@code OTHER}, {@code NONE}) and its notes (at most 250 characters in the Tool).
 */
public record WaChoiceState(String status, Optional<String> reason, String notes) {

    public static final String SELECTED = "SELECTED";
    public static final String UNSELECTED = "UNSELECTED";
    public static final String NOT_APPLICABLE = "NOT_APPLICABLE";

    public WaChoiceState {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        notes = notes == null ? "" : notes;
    }

    public static WaChoiceState of(String status) {
        return new WaChoiceState(status, Optional.empty(), "");
    }
}
