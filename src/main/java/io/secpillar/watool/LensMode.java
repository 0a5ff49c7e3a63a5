package io.secpillar.watool;

import java.util.Locale;

/**
 * Where a push writes the answers: into the security pillar of the AWS-managed {@code wellarchitected} lens (which
 * shares our question and choice ids), or into our bundled lens imported as a custom lens.
 */
public enum LensMode {
    MANAGED("managed", "the AWS-managed Well-Architected Framework lens (security pillar)"),
    CUSTOM("custom", "our lens, imported into the WA Tool as a custom lens");

    /** The alias of the AWS-managed Well-Architected Framework lens. */
    public static final String MANAGED_LENS_ALIAS = "wellarchitected";
    /** The pillar id the security questions have in the managed lens and in ours. */
    public static final String SECURITY_PILLAR = "security";

    private final String word;
    private final String description;

    LensMode(String word, String description) {
        this.word = word;
        this.description = description;
    }

    /** The word the command line and the dialog use: managed or custom. */
    public String word() {
        return word;
    }

    public String description() {
        return description;
    }

    public static LensMode parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (LensMode mode : values()) {
            if (mode.word.equals(key)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a lens mode: say managed or custom.");
    }
}
