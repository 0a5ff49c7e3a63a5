package io.secpillar.pillar;

/** A risk-rule condition that does not parse; {@link #position()} is the 0-based character offset. */
public final class ConditionSyntaxException extends RuntimeException {
    private final int position;

    public ConditionSyntaxException(String message, int position) {
        super(message + " at character " + (position + 1));
        this.position = position;
    }

    public int position() {
        return position;
    }
}
