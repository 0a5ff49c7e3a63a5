package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.handover.HandoverFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a workload whole to a hand-over file (" + HandoverFormat.EXTENSION + "): review, answers, notes,"
                + " milestones, improvement plan, attachments, evidence runs and audit trail."},
        footer = {"", "Example:", "  secpillar export --workload \"Claims Portal\" --out claims-portal.secpillar"})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Mixin
    WorkloadOption workload;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The hand-over file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter print = spec.commandLine().getOut();
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            Workload w = workload.find(services.reviews(), services.dataDirectory());
            String sha = services.engagement().handover().export(w.id(), out);
            print.printf("Exported \"%s\" to %s%n  content SHA-256 %s%n", w.name(), out.toAbsolutePath(), sha);
            if (!out.getFileName().toString().endsWith(HandoverFormat.EXTENSION)) {
                print.printf("  (hand-over files are usually named *%s)%n", HandoverFormat.EXTENSION);
            }
        }
        return 0;
    }
}
