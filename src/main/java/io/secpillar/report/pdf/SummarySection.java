package io.secpillar.report.pdf;

import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Status;
import io.secpillar.pillar.PracticeLevel;
import io.secpillar.questionnaire.ChoiceStatus;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.questionnaire.RiskCounts;
import io.secpillar.report.EvidenceTally;
import io.secpillar.report.ExecutiveSummary;
import io.secpillar.report.PracticeLine;
import io.secpillar.report.QuestionSection;
import io.secpillar.report.ReportModel;
import io.secpillar.report.RgbColor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The executive summary: risk chart, missing practices by level, high-risk questions, evidence at a glance. */
final class SummarySection extends SectionRenderer {

    static final String NO_EVIDENCE = "No evidence run was made for this workload, so this report rests on the "
            + "reviewers' answers alone. Run an evidence scan and export the report again to add the AWS findings.";

    SummarySection() {
        super("summary", "Executive summary", 0.03, Numbering.NUMBERED);
    }

    @Override
    void draw(Blocks blocks, String number, ReportModel model, SectionProgress progress) throws IOException {
        progress.update(0, "Writing the executive summary");
        PageFlow flow = blocks.flow();
        ExecutiveSummary s = model.summary();
        RiskCounts c = s.counts();
        blocks.paragraph("This report records the AWS Well-Architected Security pillar review of "
                + model.cover().workload() + " for " + model.cover().client() + ". The reviewers answered "
                + c.answered() + " of " + c.total() + " questions: " + c.high() + " " + plural(c.high(), "question")
                + " at high risk, " + c.medium() + " at medium risk and " + c.none() + " without risk"
                + (c.notApplicable() > 0 ? "; " + c.notApplicable() + " did not apply" : "")
                + (c.unanswered() > 0 ? "; " + c.unanswered() + " remain unanswered" : "") + ".");
        blocks.label("Risk by question");
        List<Segment> risks = new ArrayList<>();
        for (QuestionRisk r : QuestionRisk.values()) {
            risks.add(new Segment(r.label(), c.count(r), Palette.risk(r)));
        }
        Charts.bars(blocks, risks);

        blocks.label("Best practices not in place");
        List<Segment> levels = new ArrayList<>();
        for (PracticeLevel level : List.of(PracticeLevel.HIGH, PracticeLevel.MEDIUM, PracticeLevel.LOW)) {
            levels.add(new Segment(level.label() + " level", s.missingByLevel().getOrDefault(level, 0),
                    Palette.level(level)));
        }
        Charts.chips(blocks, levels);
        int total = levels.stream().mapToInt(Segment::value).sum();
        blocks.muted(total == 0 ? "Every best practice of the answered questions is in place or does not apply."
                : total + " best " + plural(total, "practice") + " of the answered questions "
                + (total == 1 ? "is" : "are") + " not in place; the improvement plan lists them, high level first.");

        blocks.label("High-risk questions");
        if (s.highRiskQuestions().isEmpty()) {
            blocks.paragraph("No question is at high risk.");
        } else {
            Table t = new Table(flow, List.of(Table.Column.of("Question", 1.1f), Table.Column.of("Title", 4.2f),
                    Table.Column.of("High-level practices not in place", 4.2f)), 8.5f);
            for (QuestionSection q : s.highRiskQuestions()) {
                String missing = q.practices().stream()
                        .filter(pr -> pr.status() == ChoiceStatus.UNSELECTED && pr.level() == PracticeLevel.HIGH)
                        .map(PracticeLine::label).collect(Collectors.joining(", "));
                t.row(Table.Cell.bold(q.label()), Table.Cell.of(q.title()), Table.Cell.of(missing));
            }
            t.end();
        }

        blocks.label("Evidence from AWS");
        if (!s.evidenceRun()) {
            blocks.callout("No evidence run", NO_EVIDENCE, Palette.NOT_APPLICABLE);
            return;
        }
        EvidenceTally e = s.evidence();
        EvidenceRunInfo run = model.appendix().usedRun().orElseThrow();
        blocks.paragraph("Evidence run " + run.id() + " of " + Dates.time(run.startedAt()) + " checked "
                + run.accountIds().size() + " " + plural(run.accountIds().size(), "account") + " in "
                + run.regions().size() + " " + plural(run.regions().size(), "region") + ": " + e.total() + " "
                + plural(e.total(), "result") + ", of which " + e.passed() + " passed, " + e.failed() + " failed and "
                + e.couldNotAssess() + " could not be assessed"
                + (e.notApplicable() > 0 ? " (" + e.notApplicable() + " not applicable)" : "") + ".");
        List<Segment> results = new ArrayList<>();
        for (Status st : List.of(Status.PASS, Status.FAIL, Status.COULD_NOT_ASSESS, Status.NOT_APPLICABLE)) {
            results.add(new Segment(io.secpillar.report.EvidenceLine.statusLabel(st), e.count(st), Palette.status(st)));
        }
        Charts.stacked(blocks, results);
    }

    static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }

    /** One value of a chart with its label and colour. */
    record Segment(String label, int value, RgbColor color) {
    }
}
