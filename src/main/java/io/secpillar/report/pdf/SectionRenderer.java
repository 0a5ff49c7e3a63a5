package io.secpillar.report.pdf;

import io.secpillar.report.ReportModel;

import java.io.IOException;

/**
 * One part of the report the consultant may leave out: its id (how {@code --sections} and the export dialog's
 * check box name it), its title (the heading, its line in the contents and the check box's label) and how its
 * body is drawn. Every section is listed once, in {@link ReportSections#ALL}; that order is the report's order.
 * A renderer is shared by every export and preview at once, so it keeps no state between calls.
 */
public abstract class SectionRenderer {

    /** Sections are numbered 1, 2, …; appendices are lettered A, B, … after them. */
    enum Numbering { NUMBERED, LETTERED }

    private final String id;
    private final String title;
    private final double share;
    private final Numbering numbering;

    /**
     * Package-private: a section draws with this package's blocks, so it lives here.
     *
     * @param id    lower case, no spaces: the value {@code --sections} accepts
     * @param share the section's part of the time spent drawing, relative to the others, for the progress bar
     */
    SectionRenderer(String id, String title, double share, Numbering numbering) {
        this.id = id;
        this.title = title;
        this.share = share;
        this.numbering = numbering;
    }

    public final String id() {
        return id;
    }

    public final String title() {
        return title;
    }

    final double share() {
        return share;
    }

    final Numbering numbering() {
        return numbering;
    }

    /**
     * Draws the section's body: its title is already on a fresh page, in the outline and in the contents.
     *
     * @param number   the section's number ("2") or letter ("A"), for its own sub-headings
     * @param progress how far through the section the drawing is (0 to 1) and what it is doing
     */
    abstract void draw(Blocks blocks, String number, ReportModel model, SectionProgress progress) throws IOException;
}
