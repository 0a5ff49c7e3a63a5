package io.secpillar.report.pdf;

import io.secpillar.pillar.PracticeLevel;
import io.secpillar.report.EvidenceLine;
import io.secpillar.report.ImprovementItem;
import io.secpillar.report.ReportModel;

import java.io.IOException;
import java.util.List;

/** The improvement plan: every best practice not in place, high level first, with what to do and what fails. */
final class PlanSection extends SectionRenderer {

    PlanSection() {
        super("plan", "Improvement plan", 0.08, Numbering.NUMBERED);
    }

    @Override
    void draw(Blocks blocks, String number, ReportModel model, SectionProgress progress) throws IOException {
        progress.update(0, "Writing the improvement plan");
        List<ImprovementItem> plan = model.plan();
        blocks.paragraph(plan.isEmpty()
                ? "Every best practice of the answered questions is in place or does not apply: there is nothing to improve."
                : "The " + plan.size() + " best " + SummarySection.plural(plan.size(), "practice")
                + " below " + (plan.size() == 1 ? "is" : "are") + " not in place. They are ordered by the risk they "
                + "leave: high-level practices first, then medium, then low. Each names the steps we recommend and "
                + "the resources whose evidence fails for it.");
        if (model.unansweredQuestions() > 0) {
            blocks.muted(model.unansweredQuestions() + " " + SummarySection.plural(model.unansweredQuestions(), "question")
                    + " of the review " + (model.unansweredQuestions() == 1 ? "is" : "are")
                    + " unanswered; " + (model.unansweredQuestions() == 1 ? "its" : "their")
                    + " practices are not in this plan until answered.");
        }
        PracticeLevel current = null;
        Tags.Tag list = null;
        try {
            for (ImprovementItem item : plan) {
                if (item.level() != current) {
                    current = item.level();
                    if (list != null) {
                        list.close();
                    }
                    long count = plan.stream().filter(i -> i.level() == item.level()).count();
                    blocks.heading(item.level().label() + "-level practices (" + count + ")", true);
                    list = blocks.list();
                }
                item(blocks, item);
            }
        } finally {
            if (list != null) {
                list.close();
            }
        }
    }

    private static void item(Blocks blocks, ImprovementItem item) throws IOException {
        PageFlow flow = blocks.flow();
        Fonts fonts = flow.fonts();
        flow.ensure(80);
        flow.moveDown(6);
        flow.rule(Palette.RULE, 0.6f);
        flow.moveDown(14);
        float x = flow.left();
        try (Tags.Tag entry = blocks.listItem()) {
            try (Tags.Tag label = blocks.itemLabel()) {
                x += blocks.badge(item.level().label(), Palette.level(item.level()), x, flow.y(), 8) + 8;
            }
            try (Tags.Tag body = blocks.itemBody()) {
                itemBody(blocks, item, x);
            }
        }
    }

    private static void itemBody(Blocks blocks, ImprovementItem item, float x) throws IOException {
        PageFlow flow = blocks.flow();
        Fonts fonts = flow.fonts();
        String head = fonts.bold().drawable(item.practiceLabel() + "  " + item.title());
        List<String> lines = TextWrap.lines(fonts.bold(), 10.5f, head, flow.right() - x);
        try (Tags.Tag title = blocks.tags().open("P")) {
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    flow.moveDown(14);
                }
                Ink.text(flow.cs(), fonts.bold(), 10.5f, Palette.TEXT, x, flow.y(), lines.get(i));
            }
        }
        flow.moveDown(4);
        blocks.muted("Question " + item.questionLabel() + ": " + item.questionTitle());
        blocks.paragraph(item.improvement().isBlank() ? "The lens gives no improvement text for this practice."
                : item.improvement());
        if (!item.failing().isEmpty()) {
            Table t = new Table(flow, List.of(Table.Column.of("Failing resource", 3.4f), Table.Column.of("Check", 2.6f),
                    Table.Column.of("Account", 1.3f), Table.Column.of("Region", 1.1f)), 7.5f);
            for (EvidenceLine l : item.failing()) {
                t.row(Table.Cell.of(l.resourceId()), Table.Cell.of(l.checkTitle()), Table.Cell.of(l.accountId()),
                        Table.Cell.of(l.region()));
            }
            t.end();
            int more = item.failingTotal() - item.failing().size();
            if (more > 0) {
                blocks.muted("… and " + more + " more failing " + SummarySection.plural(more, "resource")
                        + ", listed under question " + item.questionLabel() + " and in the appendix.");
            }
        }
    }
}
