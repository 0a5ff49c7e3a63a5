package io.secpillar.pillar;

/**
 * One finding of the lens validator, located by a JSON path such as
 * {@code $.pillars[0].questions[2].choices[1].id}. Errors refuse the lens; warnings are shown and accepted.
 */
public record LensProblem(Severity severity, String path, String message) {

    public enum Severity { ERROR, WARNING }

    public static LensProblem error(String path, String message) {
        return new LensProblem(Severity.ERROR, path, message);
    }

    public static LensProblem warning(String path, String message) {
        return new LensProblem(Severity.WARNING, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (isError() ? "error" : "warning") + " at " + path + ": " + message;
    }
}
