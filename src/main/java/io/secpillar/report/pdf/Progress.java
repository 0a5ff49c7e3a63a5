package io.secpillar.report.pdf;

/** Receives progress of a long export: a fraction from 0 to 1 and a short message for the user. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (fraction, message) -> { };

    void update(double fraction, String message);
}
