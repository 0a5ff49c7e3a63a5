package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.attachment.Attachment;
import io.secpillar.assessment.attachment.AttachmentService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "detach", mixinStandardHelpOptions = true,
        description = "Remove an attachment from a workload (asks for --yes first; the audit trail keeps a record of it).",
        footer = {"", "Example:", "  secpillar detach --workload \"Claims Portal\" 4 --yes"})
final class DetachCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Mixin
    WorkloadOption workload;

    @Parameters(index = "0", paramLabel = "ID", description = "The attachment id (see the attachments command).")
    long id;

    @Option(names = "--yes", description = "Confirm the removal.")
    boolean yes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            Workload w = workload.find(services.reviews(), services.dataDirectory());
            AttachmentService attachments = services.engagement().attachments();
            Attachment a = attachments.list(w.id()).stream().filter(x -> x.id() == id).findFirst().orElseThrow(() ->
                    new UserFacingException("\"" + w.name() + "\" has no attachment " + id + ". List them with: secpillar"
                            + " attachments --workload " + w.id()));
            if (!yes) {
                throw new UserFacingException(attachments.removalQuestion(a.id()) + " Add --yes to remove it.");
            }
            attachments.remove(a.id());
            spec.commandLine().getOut().printf("Removed %s from \"%s\".%n", a.describe(), w.name());
        }
        return 0;
    }
}
