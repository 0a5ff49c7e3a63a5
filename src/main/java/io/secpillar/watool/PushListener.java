package io.secpillar.watool;

/** Hears what a push or pull is doing: one line per call, with how many of the planned steps are done. */
@FunctionalInterface
public interface PushListener {

    void step(String line, int done, int total);

    static PushListener silent() {
        return (line, done, total) -> { };
    }
}
