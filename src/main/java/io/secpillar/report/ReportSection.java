package io.secpillar.report;

/** The parts of a report the consultant can leave out. The cover, contents and signature page are always there. */
public enum ReportSection {
    EXECUTIVE_SUMMARY("Executive summary"),
    QUESTIONS("Questions"),
    IMPROVEMENT_PLAN("Improvement plan"),
    APPENDIX("Appendix: evidence");

    private final String title;

    ReportSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
