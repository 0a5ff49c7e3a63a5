package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.handover.AlreadyHereException;
import io.secpillar.assessment.handover.ImportPreview;
import io.secpillar.assessment.handover.ImportResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a hand-over file. Everything in it is checked first, then imported all or nothing. A"
                + " workload that is already here is imported only --as-copy (or merge the reviewer's answers with merge)."},
        footer = {"", "Exit codes: 0 imported, 2 refused (the file is not valid, or the workload is already here):"
                + " nothing was changed.", "", "Examples:", "  secpillar import claims-portal.secpillar",
                "  secpillar import claims-portal.secpillar --as-copy"})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE", description = "The hand-over file.")
    Path file;

    @Option(names = "--as-copy", description = "Import as a new, separate workload even if this one is already here.")
    boolean asCopy;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            ImportResult r;
            try {
                r = services.engagement().handover().importFile(file, asCopy);
            } catch (AlreadyHereException e) {
                throw new UserFacingException("The workload \"" + e.existing().name() + "\" of " + file + " is already"
                        + " here (id " + e.existing().id() + "). Import it as a separate workload with --as-copy, or merge"
                        + " the reviewer's answers into it with: secpillar merge " + file + " --workload "
                        + e.existing().id() + ". Nothing was changed.", e);
            }
            ImportPreview p = r.contents();
            out.printf("Imported \"%s\"%s as workload %d: answers %d, milestones %d, improvement items %d, attachments %d,"
                            + " evidence runs %d with %d results, audit trail %d records%n", r.workload().name(),
                    asCopy ? " (a copy)" : "", r.workload().id(), p.answers(), p.milestones(), p.improvements(),
                    p.attachments(), p.evidenceRuns(), p.evidenceResults(), p.auditRecords());
            out.printf("  exported by %s on %s, content SHA-256 %s%n", p.exportedBy(), p.exportedAt(), p.contentSha256());
        }
        return 0;
    }
}
