package io.secpillar.assessment;

import java.util.Objects;

/** Who made a change: the reviewer name set in the app, and the operating-system user it ran as. */
public record Actor(String reviewer, String osUser) {

    public Actor {
        reviewer = Objects.requireNonNullElse(reviewer, "").strip();
        osUser = Objects.requireNonNullElse(osUser, "").strip();
    }

    /** The operating-system user alone, for changes made where no reviewer name is known. */
    public static Actor system() {
        String os = System.getProperty("user.name", "");
        return new Actor(os, os);
    }

    public Actor withReviewer(String name) {
        return name == null || name.isBlank() ? this : new Actor(name, osUser);
    }

    /** "Anna Müller (OS user anna)", or just the name when both are the same. */
    public String describe() {
        return osUser.isEmpty() || osUser.equals(reviewer) ? reviewer : reviewer + " (OS user " + osUser + ")";
    }
}
