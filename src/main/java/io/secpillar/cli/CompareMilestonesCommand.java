package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.milestone.EvidenceChanges;
import io.secpillar.assessment.milestone.Milestone;
import io.secpillar.assessment.milestone.MilestoneComparison;
import io.secpillar.assessment.milestone.MilestoneService;
import io.secpillar.assessment.milestone.QuestionChange;
import io.secpillar.assessment.milestone.RiskPoint;
import io.secpillar.evidence.RunComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "compare-milestones", mixinStandardHelpOptions = true,
        description = {"Compare two milestones of a workload, or a milestone with now: risk up or down per question,"
                + " practices added and dropped, notes changed, evidence newly failing and fixed."},
        footer = {"", "Examples:",
                "  secpillar compare-milestones --workload \"Claims Portal\" \"Workshop\" \"Follow-up\"",
                "  secpillar compare-milestones --workload 3 Workshop now --json"})
final class CompareMilestonesCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Mixin
    WorkloadOption workload;

    @Parameters(index = "0", paramLabel = "A", description = "The earlier milestone (id or name).")
    String from;

    @Parameters(index = "1", paramLabel = "B", description = "The later milestone (id or name), or \"now\".")
    String to;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MilestoneComparison diff;
        List<RiskPoint> history;
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            Workload w = workload.find(services.reviews(), services.dataDirectory());
            MilestoneService milestones = services.engagement().milestones();
            Milestone a = milestone(milestones, w, from);
            diff = to.equalsIgnoreCase(MilestoneService.NOW) ? milestones.compareWithNow(w.id(), a)
                    : milestones.compare(w.id(), a, milestone(milestones, w, to));
            history = milestones.riskHistory(w.id());
        }
        if (json) {
            out.println(CliSupport.json(asJson(diff, history)));
            return 0;
        }
        out.printf("%s -> %s: questions improved %d, regressed %d, changed otherwise %d, unchanged %d%n", diff.fromName(),
                diff.toName(), diff.improved().size(), diff.regressed().size(),
                diff.changed().size() - diff.improved().size() - diff.regressed().size(), diff.unchanged());
        out.printf("  risks before: %s%n  risks after:  %s%n", MilestoneComparison.countsText(diff.fromCounts()),
                MilestoneComparison.countsText(diff.toCounts()));
        for (QuestionChange q : diff.changed()) {
            out.printf("%n%s %s%n  risk: %s -> %s%s%n", q.label(), q.title(), q.riskBefore().label(), q.riskAfter().label(),
                    q.move() == QuestionChange.Move.UP ? " (up)" : q.move() == QuestionChange.Move.DOWN ? " (down)" : "");
            if (!q.practicesAdded().isEmpty()) {
                out.println("  practices added: " + String.join(", ", q.practicesAdded()));
            }
            if (!q.practicesDropped().isEmpty()) {
                out.println("  practices dropped: " + String.join(", ", q.practicesDropped()));
            }
            if (q.notesChanged()) {
                out.println("  notes changed");
            }
            if (q.applicabilityChanged()) {
                out.println("  applicability changed");
            }
        }
        EvidenceChanges e = diff.evidence();
        out.println();
        if (!e.compared()) {
            out.println(e.note());
        } else {
            out.printf("Evidence, run %d -> run %d: %d newly failing, %d fixed, %d still failing%n", e.fromRun().orElseThrow(),
                    e.toRun().orElseThrow(), e.newFailures().size(), e.fixed().size(), e.stillFailing());
            e.newFailures().forEach(c -> out.println("  new failure: " + key(c)));
            e.fixed().forEach(c -> out.println("  fixed:       " + key(c)));
        }
        out.println();
        out.println("Risk counts over time (high / medium / none / n/a / unanswered):");
        for (RiskPoint p : history) {
            out.printf("  %-28s %s  %d / %d / %d / %d / %d%n", p.label(), CliSupport.day(p.at()), p.counts().high(),
                    p.counts().medium(), p.counts().none(), p.counts().notApplicable(), p.counts().unanswered());
        }
        return 0;
    }

    private static Milestone milestone(MilestoneService milestones, Workload w, String idOrName) {
        return milestones.find(w.id(), idOrName).orElseThrow(() -> new UserFacingException("\"" + w.name()
                + "\" has no milestone \"" + idOrName + "\". List them with: secpillar milestones --workload " + w.id()));
    }

    private static String key(RunComparison.Change c) {
        RunComparison.Key k = c.key();
        return k.checkId() + " " + k.accountId() + " " + k.region() + " " + k.resourceId();
    }

    private static Map<String, Object> asJson(MilestoneComparison diff, List<RiskPoint> history) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", diff.fromName());
        m.put("to", diff.toName());
        m.put("risksBefore", Counts.json(diff.fromCounts()));
        m.put("risksAfter", Counts.json(diff.toCounts()));
        m.put("questions", diff.questions().stream().map(q -> {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("question", q.label());
            j.put("riskBefore", q.riskBefore().name());
            j.put("riskAfter", q.riskAfter().name());
            j.put("move", q.move().name());
            j.put("practicesAdded", q.practicesAdded());
            j.put("practicesDropped", q.practicesDropped());
            j.put("notesChanged", q.notesChanged());
            j.put("applicabilityChanged", q.applicabilityChanged());
            return j;
        }).toList());
        EvidenceChanges e = diff.evidence();
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("fromRun", e.fromRun().orElse(null));
        ev.put("toRun", e.toRun().orElse(null));
        ev.put("compared", e.compared());
        ev.put("note", e.note());
        ev.put("newFailures", e.newFailures().stream().map(CompareMilestonesCommand::key).toList());
        ev.put("fixed", e.fixed().stream().map(CompareMilestonesCommand::key).toList());
        ev.put("stillFailing", e.stillFailing());
        m.put("evidence", ev);
        m.put("riskHistory", history.stream().map(p -> {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("label", p.label());
            j.put("at", p.at().toString());
            j.put("current", p.current());
            j.put("risks", Counts.json(p.counts()));
            return j;
        }).toList());
        return m;
    }
}
