package io.secpillar.report.pdf;

import io.secpillar.report.CheckSummary;
import io.secpillar.report.EvidenceLine;
import io.secpillar.report.EvidenceTally;
import io.secpillar.report.PracticeLine;
import io.secpillar.report.QuestionSection;
import io.secpillar.report.ReportModel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One page (or more) per question: practices and their status, notes, risk, and the evidence bearing on it. */
final class QuestionsSection extends SectionRenderer {

    /** The most failing or unassessed results a question prints; failures come first. */
    static final int ATTENTION_ROWS = 40;

    QuestionsSection() {
        super("questions", "Questions", 0.34, Numbering.NUMBERED);
    }

    @Override
    void draw(Blocks blocks, String number, ReportModel model, SectionProgress progress) throws IOException {
        PageFlow flow = blocks.flow();
        int total = model.questions().size();
        blocks.muted("Each question lists its best practices as the reviewers answered them: in place, not in "
                + "place, or not applicable. The level says how much risk a practice leaves when it is missing. "
                + "Evidence shows the automated checks bearing on the question, failing resources first.");
        boolean first = true;
        int index = 0;
        for (QuestionSection q : model.questions()) {
            if (!first) {
                flow.newPage();
            }
            first = false;
            question(blocks, q, model.appendix().hasRun());
            index++;
            progress.update((double) index / Math.max(1, total), "Writing question " + index + " of " + total);
        }
    }

    private static void question(Blocks blocks, QuestionSection q, boolean evidenceRun) throws IOException {
        PageFlow flow = blocks.flow();
        Fonts fonts = flow.fonts();
        flow.ensure(120);
        flow.anchor(2, q.label() + "  " + q.title());
        flow.moveDown(14);
        try (Tags.Tag heading = blocks.openHeading(2)) {
            Ink.text(flow.cs(), fonts.bold(), 11, flow.palette().accent(), flow.left(), flow.y(), q.label());
            String risk = q.risk().label();
            float badgeWidth = fonts.bold().width(risk, 9) + 9 * 1.3f;
            blocks.badge(risk, Palette.risk(q.risk()), flow.right() - badgeWidth, flow.y(), 9);
            blocks.paragraph(q.title(), fonts.bold(), 14, flow.palette().primary(), 0);
        }
        blocks.muted(q.answeredBy().map(by -> "Answered by " + by
                + q.answeredAt().map(at -> " on " + Dates.day(at)).orElse("")).orElse("Not answered yet."));
        blocks.paragraph(q.description(), fonts.regular(), 8.5f, Palette.MUTED, 0);
        if (q.notApplicableReason().isPresent()) {
            blocks.callout("This question does not apply", q.notApplicableReason().get(), Palette.NOT_APPLICABLE);
        }
        practices(blocks, q);
        if (q.noneOfTheseSelected()) {
            blocks.muted("The reviewers selected \"None of these\": no best practice of this question is in place.");
        }
        if (q.notes().isBlank()) {
            blocks.muted("No notes were recorded for this question.");
        } else {
            blocks.callout("Reviewers' notes", q.notes(), flow.palette().primary());
        }
        evidence(blocks, q, evidenceRun);
    }

    private static void practices(Blocks blocks, QuestionSection q) throws IOException {
        blocks.label("Best practices");
        Table t = new Table(blocks.flow(), List.of(Table.Column.of("Practice", 1.45f), Table.Column.of("Best practice", 4.0f),
                Table.Column.of("Level", 1.05f), Table.Column.of("Status", 1.65f), Table.Column.of("Evidence", 1.65f)),
                8.5f);
        for (PracticeLine p : q.practices()) {
            String title = p.title() + p.notApplicableReason().map(r -> "\nNot applicable: " + r).orElse("");
            t.row(Table.Cell.bold(p.label()), Table.Cell.of(title),
                    Table.Cell.colored(p.level().label(), Palette.level(p.level())),
                    Table.Cell.badge(p.statusLabel(), p.answered() ? Palette.choice(p.status(), p.level()) : Palette.UNANSWERED),
                    Table.Cell.of(tally(p.evidence())));
        }
        t.end();
    }

    private static void evidence(Blocks blocks, QuestionSection q, boolean evidenceRun) throws IOException {
        PageFlow flow = blocks.flow();
        blocks.label("Evidence from AWS");
        if (!evidenceRun) {
            blocks.muted("No evidence run was made for this workload.");
            return;
        }
        if (q.checks().isEmpty()) {
            blocks.muted("No check of the evidence run bears on this question; the answer rests on the workshop.");
            return;
        }
        Table checks = new Table(flow, List.of(Table.Column.of("Check", 5f), Table.Column.number("Passed", 1f),
                Table.Column.number("Failed", 1f), Table.Column.number("Could not assess", 1.3f)), 8.5f);
        for (CheckSummary c : q.checks()) {
            checks.row(Table.Cell.of(c.checkTitle()), Table.Cell.of(String.valueOf(c.tally().passed())),
                    c.tally().failed() > 0 ? Table.Cell.colored(String.valueOf(c.tally().failed()), Palette.HIGH)
                            : Table.Cell.of("0"),
                    Table.Cell.of(String.valueOf(c.tally().couldNotAssess())));
        }
        checks.end();
        if (q.attention().isEmpty()) {
            blocks.muted("Every resource checked for this question passed.");
            return;
        }
        blocks.label("Resources that failed or could not be assessed");
        Table t = resultTable(flow, true);
        List<EvidenceLine> shown = q.attention().subList(0, Math.min(ATTENTION_ROWS, q.attention().size()));
        for (EvidenceLine l : shown) {
            t.row(resultCells(l, true, 0));
        }
        t.end();
        int more = q.attention().size() - shown.size();
        if (more > 0) {
            blocks.muted("… and " + more + " more " + SummarySection.plural(more, "result") + " that failed or could "
                    + "not be assessed for this question: the appendix counts them by check, and "
                    + AttachedFile.RESULTS_CSV + " inside this PDF lists every one.");
        }
    }

    static Table resultTable(PageFlow flow, boolean withCheck) {
        List<Table.Column> cols = new ArrayList<>();
        if (!withCheck) {
            cols.add(Table.Column.number("#", 0.75f));
        }
        cols.add(Table.Column.of("Result", 1.85f));
        if (withCheck) {
            cols.add(Table.Column.of("Check", 2.2f));
        }
        cols.addAll(List.of(Table.Column.of("Account / region", 1.75f),
                Table.Column.of("Resource", withCheck ? 3.6f : 5.1f), Table.Column.of("Why", withCheck ? 2.3f : 2.65f)));
        return new Table(flow, cols, 7f);
    }

    static List<Table.Cell> resultCells(EvidenceLine l, boolean withCheck, int number) {
        List<Table.Cell> cells = new ArrayList<>(6);
        if (!withCheck) {
            cells.add(Table.Cell.of(String.valueOf(number)));
        }
        cells.add(Table.Cell.badge(EvidenceLine.shortLabel(l.status()), Palette.status(l.status())));
        if (withCheck) {
            cells.add(Table.Cell.of(l.checkTitle()));
        }
        cells.add(Table.Cell.of(l.accountId() + "\n" + l.region()));
        cells.add(Table.Cell.of(l.resourceId()));
        cells.add(Table.Cell.of(l.reason()));
        return cells;
    }

    private static String tally(EvidenceTally t) {
        if (t.total() == 0) {
            return "—";
        }
        List<String> parts = new ArrayList<>();
        if (t.failed() > 0) {
            parts.add(t.failed() + " failed");
        }
        if (t.couldNotAssess() > 0) {
            parts.add(t.couldNotAssess() + " not assessed");
        }
        if (t.passed() > 0) {
            parts.add(t.passed() + " passed");
        }
        if (parts.isEmpty()) {
            parts.add(t.notApplicable() + " not applicable");
        }
        return String.join(", ", parts);
    }
}
