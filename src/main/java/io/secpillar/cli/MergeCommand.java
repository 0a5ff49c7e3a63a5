package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.handover.MergePlan;
import io.secpillar.assessment.handover.MergePlan.QuestionMerge;
import io.secpillar.assessment.handover.MergePlan.Resolution;
import io.secpillar.assessment.handover.MergeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Merge a reviewer's returned hand-over file into the workload here: shows per question what the"
                + " reviewer changed and the conflicts (changed here too since the export). With --apply, takes the"
                + " reviewer's answers (conflicts as resolved) and records the merge in the audit trail."},
        footer = {"", "Examples:", "  secpillar merge returned.secpillar --workload \"Claims Portal\"",
                "  secpillar merge returned.secpillar --workload 3 --keep SEC05 --take SEC07 --apply",
                "  secpillar merge returned.secpillar --workload 3 --conflicts theirs --apply"})
final class MergeCommand implements Callable<Integer> {

    enum Side { mine, theirs }

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE", description = "The reviewer's hand-over file.")
    Path file;

    @Mixin
    WorkloadOption workload;

    @Option(names = "--take", paramLabel = "QUESTION", split = ",", description = "Take the reviewer's answer (e.g. SEC07).")
    List<String> take = List.of();

    @Option(names = "--keep", paramLabel = "QUESTION", split = ",", description = "Keep the answer here (e.g. SEC05).")
    List<String> keep = List.of();

    @Option(names = "--conflicts", paramLabel = "mine|theirs", description = "Resolve every remaining conflict one way.")
    Side conflicts;

    @Option(names = "--apply", description = "Apply the merge (without it, only the plan is shown).")
    boolean apply;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            Workload w = workload.find(services.reviews(), services.dataDirectory());
            MergePlan plan = services.engagement().handover().planMerge(w.id(), file);
            print(out, plan);
            if (!apply) {
                out.println(plan.conflicts().isEmpty() ? "Nothing applied yet: add --apply to take the reviewer's answers."
                        : "Nothing applied yet: resolve the conflicts with --keep/--take/--conflicts, then add --apply.");
                return 0;
            }
            MergeResult r = services.engagement().handover().merge(plan, resolutions(plan));
            out.printf("Merged: took the reviewer's answer for %s; kept ours for %s.%n",
                    r.taken().isEmpty() ? "no question" : String.join(", ", r.taken()),
                    r.kept().isEmpty() ? "no question" : String.join(", ", r.kept()));
        }
        return 0;
    }

    private Map<String, Resolution> resolutions(MergePlan plan) {
        Map<String, Resolution> chosen = new HashMap<>();
        for (QuestionMerge q : plan.questions()) {
            String label = q.label().toUpperCase(Locale.ROOT);
            if (keep.stream().anyMatch(k -> k.strip().toUpperCase(Locale.ROOT).equals(label))) {
                chosen.put(q.questionId(), Resolution.KEEP_MINE);
            } else if (take.stream().anyMatch(t -> t.strip().toUpperCase(Locale.ROOT).equals(label))) {
                chosen.put(q.questionId(), Resolution.TAKE_THEIRS);
            } else if (q.outcome() == MergePlan.Outcome.CONFLICT && conflicts != null) {
                chosen.put(q.questionId(), conflicts == Side.mine ? Resolution.KEEP_MINE : Resolution.TAKE_THEIRS);
            }
        }
        return chosen;
    }

    private static void print(PrintWriter out, MergePlan plan) {
        out.printf("Merge of %s (from %s, exported %s) into \"%s\": shared history %d records; %d changed by the reviewer,"
                        + " %d conflicts%n", plan.fileName(), plan.theirReviewer(), plan.exportedAt(), plan.workloadName(),
                plan.commonRecords(), plan.theirChanges().size(), plan.conflicts().size());
        for (QuestionMerge q : plan.questions()) {
            switch (q.outcome()) {
                case THEIRS -> out.printf("  %-6s reviewer changed: %s%n", q.label(), q.theirChange());
                case CONFLICT -> out.printf("  %-6s CONFLICT%n         reviewer: %s%n         here:     %s%n", q.label(),
                        q.theirChange(), q.myChange());
                case MINE -> out.printf("  %-6s changed here only (kept)%n", q.label());
                case SAME -> out.printf("  %-6s changed the same way on both sides%n", q.label());
                case UNCHANGED -> { }
            }
        }
    }
}
