package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.attachment.Attachment;
import io.secpillar.assessment.attachment.AttachmentService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "attach", mixinStandardHelpOptions = true,
        description = {"Attach a document (any type, up to 50 MB; kept in the data store with its SHA-256) or a link to a"
                + " best practice, for evidence no API can show."},
        footer = {"", "Examples:",
                "  secpillar attach --workload \"Claims Portal\" --practice SEC10-BP01 incident-response-plan.pdf",
                "  secpillar attach --workload 3 --practice SEC01-BP07 --link https://wiki.example.com/threat-model"
                        + " --title \"Threat model\""})
final class AttachCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Mixin
    WorkloadOption workload;

    @Option(names = "--practice", required = true, paramLabel = "SECnn-BPnn", description = "The best practice, e.g. SEC10-BP01.")
    String practice;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Parameters(index = "0", paramLabel = "FILE", description = "The file to attach.")
        Path file;

        @Option(names = "--link", paramLabel = "URL", description = "An http or https link to attach instead of a file.")
        String link;
    }

    @Option(names = "--title", paramLabel = "TEXT", description = "The name shown for a link (default: the link).")
    String title;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            Workload w = workload.find(services.reviews(), services.dataDirectory());
            AttachmentService attachments = services.engagement().attachments();
            Attachment a = what.file != null ? attachments.attachFile(w.id(), practice, what.file)
                    : attachments.attachLink(w.id(), practice, what.link, title);
            spec.commandLine().getOut().printf("Attached %s to %s of \"%s\" as attachment %d%s%n", a.describe(),
                    practice.toUpperCase(java.util.Locale.ROOT), w.name(), a.id(),
                    a.sha256().map(s -> "\n  SHA-256 " + s).orElse(""));
        }
        return 0;
    }
}
