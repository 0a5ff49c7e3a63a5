package io.secpillar.report.pdf;

import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.report.EvidenceAppendix;
import io.secpillar.report.EvidenceLine;
import io.secpillar.report.EvidenceTally;
import io.secpillar.report.MissingPermission;
import io.secpillar.report.ReportModel;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/** The appendix: the evidence runs, every result in one long table, and the permissions that were missing. */
final class AppendixSection extends SectionRenderer {

    /** The most rows one check's table prints; the rest are counted, and all travel in the embedded CSV. */
    static final int ROWS_PER_CHECK = 50;

    AppendixSection() {
        super("appendix", "Appendix: evidence", 0.32, Numbering.LETTERED);
    }

    @Override
    void draw(Blocks blocks, String number, ReportModel model, SectionProgress progress) throws IOException {
        PageFlow flow = blocks.flow();
        EvidenceAppendix a = model.appendix();
        int total = a.results().size();
        progress.update(0, "Writing the appendix");
        if (!a.hasRun()) {
            blocks.callout("No evidence run", SummarySection.NO_EVIDENCE, Palette.NOT_APPLICABLE);
            return;
        }
        blocks.heading(number + ".1  Evidence runs", true);
        blocks.muted("Runs made for this workload, newest first. This report uses run " + a.usedRun().get().id() + ".");
        Table runs = new Table(flow, List.of(Table.Column.number("Run", 0.6f), Table.Column.of("Started", 1.6f),
                Table.Column.of("Ended", 1.6f), Table.Column.of("State", 1.1f), Table.Column.of("Profiles", 1.5f),
                Table.Column.of("Accounts", 1.6f), Table.Column.of("Regions", 1.5f), Table.Column.of("Catalog", 0.9f)),
                7.5f);
        for (EvidenceRunInfo r : a.runs()) {
            boolean used = a.usedRun().get().id() == r.id();
            runs.row(used ? Table.Cell.bold(r.id() + " ✓") : Table.Cell.of(String.valueOf(r.id())),
                    Table.Cell.of(Dates.time(r.startedAt())), Table.Cell.of(r.endedAt().map(Dates::time).orElse("—")),
                    Table.Cell.of(r.state().name().charAt(0) + r.state().name().substring(1).toLowerCase(Locale.ROOT)),
                    Table.Cell.of(String.join(", ", r.profiles())), Table.Cell.of(String.join(", ", r.accountIds())),
                    Table.Cell.of(String.join(", ", r.regions())), Table.Cell.of(r.catalogVersion()));
        }
        runs.end();

        blocks.heading(number + ".2  All results", true);
        blocks.muted(a.results().size() + " " + SummarySection.plural(a.results().size(), "result")
                + " of run " + a.usedRun().get().id() + ", grouped by check, failing first. Each check shows at most "
                + ROWS_PER_CHECK + " results here; every result is in the file " + AttachedFile.RESULTS_CSV
                + " carried inside this PDF, where the number in the first column is its row.");
        int n = 0;
        int i = 0;
        List<EvidenceLine> results = a.results();
        while (i < results.size()) {
            String check = results.get(i).checkId();
            int j = i;
            while (j < results.size() && results.get(j).checkId().equals(check)) {
                j++;
            }
            List<EvidenceLine> group = results.subList(i, j);
            EvidenceTally t = EvidenceTally.of(group);
            blocks.subheading(group.get(0).checkTitle(), check + "  ·  " + t.passed() + " passed, " + t.failed()
                    + " failed, " + t.couldNotAssess() + " could not be assessed"
                    + (t.notApplicable() > 0 ? ", " + t.notApplicable() + " not applicable" : ""));
            Table table = QuestionsSection.resultTable(flow, false);
            for (EvidenceLine l : group.subList(0, Math.min(ROWS_PER_CHECK, group.size()))) {
                table.row(QuestionsSection.resultCells(l, false, n + 1));
                n++;
                if (n % 250 == 0) {
                    progress.update((double) n / Math.max(1, total), "Writing evidence result " + n + " of " + total);
                }
            }
            table.end();
            if (group.size() > ROWS_PER_CHECK) {
                EvidenceTally rest = EvidenceTally.of(group.subList(ROWS_PER_CHECK, group.size()));
                blocks.muted("… and " + rest.total() + " more " + SummarySection.plural(rest.total(), "result")
                        + " of this check (" + rest.failed() + " failed, " + rest.couldNotAssess()
                        + " could not be assessed, " + rest.passed() + " passed), rows " + (n + 1) + " to "
                        + (n + rest.total()) + " of " + AttachedFile.RESULTS_CSV + ".");
                n += rest.total();
            }
            i = j;
        }

        blocks.heading(number + ".3  Missing permissions", true);
        if (a.missingPermissions().isEmpty()) {
            blocks.paragraph("Every check could read what it needed: no permission was missing.");
            return;
        }
        blocks.muted("Checks that could not assess some resources, with the read-only operations they call. "
                + "Granting these to the review role lets the next run decide.");
        Table perms = new Table(flow, List.of(Table.Column.of("Check", 2.2f), Table.Column.of("Operations", 2.2f),
                Table.Column.of("Reason", 2.6f), Table.Column.of("Accounts", 1.4f), Table.Column.of("Regions", 1.2f),
                Table.Column.number("Results", 0.8f)), 7.5f);
        for (MissingPermission m : a.missingPermissions()) {
            perms.row(Table.Cell.of(m.checkTitle()), Table.Cell.of(String.join(", ", m.operations())),
                    Table.Cell.of(m.reason()), Table.Cell.of(String.join(", ", m.accountIds())),
                    Table.Cell.of(String.join(", ", m.regions())), Table.Cell.of(String.valueOf(m.results())));
        }
        perms.end();
    }
}
