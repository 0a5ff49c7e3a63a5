package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.milestone.Milestone;
import io.secpillar.assessment.milestone.MilestoneComparison;
import io.secpillar.assessment.milestone.MilestoneService;
import io.secpillar.assessment.milestone.MilestoneSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "milestones", mixinStandardHelpOptions = true,
        description = "List a workload's milestones, save a new one (a snapshot of the review and its evidence), or delete one.",
        footer = {"", "Examples:",
                "  secpillar milestones --workload \"Claims Portal\"",
                "  secpillar milestones --workload 3 --create \"Workshop 2026-11\" --note \"After the first workshop\"",
                "  secpillar milestones --workload 3 --delete \"Dry run\" --yes"})
final class MilestonesCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Mixin
    WorkloadOption workload;

    @Option(names = "--create", paramLabel = "NAME", description = "Save a milestone of the review as it is now.")
    String create;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note for the milestone being created.")
    String note;

    @Option(names = "--delete", paramLabel = "ID|NAME", description = "Delete a milestone (with --yes).")
    String delete;

    @Option(names = "--yes", description = "Confirm --delete: the snapshot cannot be restored.")
    boolean yes;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (create != null && delete != null) {
            throw new UserFacingException("Give either --create or --delete, not both.");
        }
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            Workload w = workload.find(services.reviews(), services.dataDirectory());
            MilestoneService milestones = services.engagement().milestones();
            if (create != null) {
                Milestone m = milestones.create(w.id(), create, note);
                if (!json) {
                    out.printf("Saved milestone %d \"%s\" of \"%s\": %s%s%n", m.id(), m.name(), w.name(),
                            MilestoneComparison.countsText(milestones.snapshot(m).counts()),
                            m.evidenceRunId().map(r -> ", evidence run " + r).orElse(", no evidence run"));
                }
            }
            if (delete != null) {
                Milestone m = milestones.find(w.id(), delete).orElseThrow(() -> new UserFacingException(
                        "\"" + w.name() + "\" has no milestone \"" + delete + "\". List them with: secpillar milestones --workload " + w.id()));
                if (!yes) {
                    throw new UserFacingException(milestones.deletionQuestion(m.id()) + " Add --yes to delete it.");
                }
                milestones.delete(m.id());
                if (!json) {
                    out.printf("Deleted milestone \"%s\" of \"%s\".%n", m.name(), w.name());
                }
            }
            List<Milestone> all = milestones.list(w.id());
            if (json) {
                out.println(CliSupport.json(all.stream().map(m -> asJson(milestones, m)).toList()));
            } else if (create == null && delete == null) {
                print(out, w, milestones, all);
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, Workload w, MilestoneService milestones, List<Milestone> all) {
        if (all.isEmpty()) {
            out.printf("\"%s\" has no milestones yet. Save one with: secpillar milestones --workload %d --create NAME%n",
                    w.name(), w.id());
            return;
        }
        String format = "%4s  %-28s  %-10s  %-18s  %4s  %6s  %4s  %4s  %10s  %s%n";
        out.printf(format, "ID", "NAME", "SAVED", "BY", "HIGH", "MEDIUM", "NONE", "N/A", "UNANSWERED", "EVIDENCE");
        for (Milestone m : all) {
            MilestoneSnapshot s = milestones.snapshot(m);
            out.printf(format, m.id(), cut(m.name(), 28), CliSupport.day(m.createdAt()), cut(m.createdBy(), 18),
                    s.counts().high(), s.counts().medium(), s.counts().none(), s.counts().notApplicable(),
                    s.counts().unanswered(), s.evidence().map(e -> "run " + e.runId() + ": " + e.failed() + " failed of "
                            + e.total()).orElse("-"));
        }
    }

    private static Map<String, Object> asJson(MilestoneService milestones, Milestone m) {
        MilestoneSnapshot s = milestones.snapshot(m);
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("id", m.id());
        j.put("name", m.name());
        j.put("note", m.note());
        j.put("createdAt", m.createdAt().toString());
        j.put("createdBy", m.createdBy());
        j.put("risks", Counts.json(s.counts()));
        j.put("evidenceRun", s.evidence().map(e -> (Object) e.runId()).orElse(null));
        j.put("evidence", s.evidence().map(e -> (Object) Map.of("passed", e.passed(), "failed", e.failed(),
                "notApplicable", e.notApplicable(), "couldNotAssess", e.couldNotAssess())).orElse(null));
        List<String> attached = new ArrayList<>();
        s.attachments().forEach(a -> attached.add(a.practiceLabel() + " " + a.name()));
        j.put("attachments", attached);
        j.put("contentSha256", m.contentSha256());
        return j;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
