package io.secpillar.report.pdf;

/** How far through its own body a section is (0 to 1) and what it is writing; the renderer scales it. */
@FunctionalInterface
interface SectionProgress {

    void update(double fractionOfSection, String message);
}
