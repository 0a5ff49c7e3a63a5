package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.IoProblems;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.improvement.ImprovementCsv;
import io.secpillar.assessment.improvement.ImprovementItem;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "improvements", mixinStandardHelpOptions = true,
        description = {"Show a workload's improvement plan (High first), or write it as CSV, or as a CSV Jira's importer"
                + " takes (items still open or in progress; dates as " + ImprovementCsv.JIRA_DATE_FORMAT + ")."},
        footer = {"", "Examples:",
                "  secpillar improvements --workload \"Claims Portal\"",
                "  secpillar improvements --workload 3 --csv plan.csv",
                "  secpillar improvements --workload 3 --jira-csv jira-import.csv"})
final class ImprovementsCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Mixin
    WorkloadOption workload;

    @ArgGroup(exclusive = true)
    Output output;

    static final class Output {
        @Option(names = "--csv", paramLabel = "FILE", description = "Write the whole plan as CSV.")
        Path csv;

        @Option(names = "--jira-csv", paramLabel = "FILE", description = "Write the items to do as CSV for Jira's importer.")
        Path jira;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ImprovementItem> items;
        Workload w;
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            w = workload.find(services.reviews(), services.dataDirectory());
            items = services.engagement().improvements().items(w.id());
        }
        if (output != null && output.csv != null) {
            write(output.csv, ImprovementCsv.table(items));
            out.printf("Wrote %d improvement items of \"%s\" to %s%n", items.size(), w.name(), output.csv);
            return 0;
        }
        if (output != null && output.jira != null) {
            String csv = ImprovementCsv.jira(w.name(), items);
            write(output.jira, csv);
            out.printf("Wrote %d items to do of \"%s\" to %s for Jira (set the date format to %s when importing)%n",
                    items.stream().filter(ImprovementCsv::toDo).count(), w.name(),
                    output.jira, ImprovementCsv.JIRA_DATE_FORMAT);
            return 0;
        }
        if (items.isEmpty()) {
            out.printf("\"%s\" has no improvement items: every answered question has its practices in place.%n", w.name());
            return 0;
        }
        String format = "%-7s  %-11s  %-13s  %-18s  %-10s  %-18s  %s%n";
        out.printf(format, "LEVEL", "PRACTICE", "STATUS", "OWNER", "DUE", "FLAG", "TITLE");
        for (ImprovementItem i : items) {
            out.printf(format, i.practice().level().label(), i.practice().label(),
                    i.inPlace() ? "In place" : i.status().label(), cut(i.tracking().owner(), 18),
                    i.tracking().due().map(Object::toString).orElse("-"), i.flag(), cut(i.practice().title(), 60));
        }
        long open = items.stream().filter(ImprovementCsv::toDo).count();
        out.printf("%d items, %d still to do, %d overdue, %d proposed as done by the newest evidence%n", items.size(), open,
                items.stream().filter(ImprovementItem::overdue).count(),
                items.stream().filter(ImprovementItem::proposedDone).count());
        return 0;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserFacingException("Cannot write " + file + ": " + IoProblems.describe(e) + ".", e);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
