package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.IoProblems;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.attachment.Attachment;
import io.secpillar.assessment.attachment.AttachmentService;
import io.secpillar.assessment.attachment.Sizes;
import io.secpillar.pillar.LoadedLens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "attachments", mixinStandardHelpOptions = true,
        description = "List a workload's attachments with their SHA-256, or save one attached file (checked against its hash).",
        footer = {"", "Examples:", "  secpillar attachments --workload \"Claims Portal\"",
                "  secpillar attachments --workload 3 --save 4 --out ir-plan.pdf"})
final class AttachmentsCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Mixin
    WorkloadOption workload;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(names = "--save", paramLabel = "ID", description = "Save the attached file with this id (with --out).")
    Long save;

    @Option(names = "--out", paramLabel = "FILE", description = "Where --save writes the file (not overwritten).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter print = spec.commandLine().getOut();
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            Workload w = workload.find(services.reviews(), services.dataDirectory());
            AttachmentService attachments = services.engagement().attachments();
            List<Attachment> all = attachments.list(w.id());
            if (save != null) {
                return save(print, attachments, all);
            }
            LoadedLens lens = services.reviews().open(w.id()).lens();
            if (json) {
                print.println(CliSupport.json(all.stream().map(a -> asJson(a, lens)).toList()));
            } else if (all.isEmpty()) {
                print.printf("\"%s\" has no attachments. Attach one with: secpillar attach --workload %d --practice"
                        + " SEC10-BP01 FILE%n", w.name(), w.id());
            } else {
                String format = "%4s  %-11s  %-34s  %-9s  %-20s  %-10s  %s%n";
                print.printf(format, "ID", "PRACTICE", "NAME", "SIZE", "ADDED BY", "ADDED", "SHA-256 / LINK");
                for (Attachment a : all) {
                    print.printf(format, a.id(), lens.practiceLabel(a.questionId(), a.choiceId()), cut(a.name(), 34),
                            a.kind() == Attachment.Kind.FILE ? Sizes.human(a.size()) : "link", cut(a.addedBy(), 20),
                            CliSupport.day(a.addedAt()), a.sha256().or(a::link).orElse(""));
                }
            }
        }
        return 0;
    }

    private int save(PrintWriter print, AttachmentService attachments, List<Attachment> all) {
        if (out == null) {
            throw new UserFacingException("Say where to save it with --out FILE.");
        }
        Attachment a = all.stream().filter(x -> x.id() == save).findFirst().orElseThrow(() -> new UserFacingException(
                "This workload has no attachment " + save + ". List them without --save."));
        byte[] bytes = attachments.content(a.id());
        try {
            Files.write(out, bytes, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UserFacingException("Cannot write " + out + ": " + IoProblems.describe(e)
                    + ". An existing file is never overwritten.", e);
        }
        print.printf("Saved %s to %s (SHA-256 checked: %s)%n", a.describe(), out, a.sha256().orElse(""));
        return 0;
    }

    private static Map<String, Object> asJson(Attachment a, LoadedLens lens) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("practice", lens.practiceLabel(a.questionId(), a.choiceId()));
        m.put("kind", a.kind().name());
        m.put("name", a.name());
        m.put("size", a.size());
        m.put("sha256", a.sha256().orElse(null));
        m.put("link", a.link().orElse(null));
        m.put("addedBy", a.addedBy());
        m.put("osUser", a.osUser());
        m.put("addedAt", a.addedAt().toString());
        return m;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
