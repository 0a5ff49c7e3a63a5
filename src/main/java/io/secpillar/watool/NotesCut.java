package io.secpillar.watool;

/**
 * The WA Tool keeps at most 2,084 characters of notes per answer. Longer notes (ours plus a not-applicable reason)
 * are cut with a marker anyone reading them in the console sees; the whole text stays in the workbench.
 */
public final class NotesCut {

    /** The Tool's limit for an answer's notes. */
    public static final int TOOL_MAX = 2084;
    /** Appended to notes that were cut. */
    public static final String MARKER = " [...] (cut to fit the WA Tool; the full notes are in SecPillar Workbench)";

    private NotesCut() {
    }

    public static String forTool(String notes) {
        if (notes.length() <= TOOL_MAX) {
            return notes;
        }
        int end = TOOL_MAX - MARKER.length();
        if (Character.isHighSurrogate(notes.charAt(end - 1))) {
            end--; // never split a character that takes two UTF-16 units
        }
        return notes.substring(0, end) + MARKER;
    }

    public static boolean wasCut(String notes) {
        return notes.endsWith(MARKER);
    }
}
