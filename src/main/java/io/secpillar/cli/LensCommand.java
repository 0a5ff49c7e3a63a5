package io.secpillar.cli;

import io.secpillar.pillar.Lens;
import io.secpillar.pillar.LensProblem;
import io.secpillar.pillar.LensReadResult;
import io.secpillar.pillar.LensReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Lens files from the command line; for now the checks "Add custom lens…" runs, for lens authors and CI. */
@Command(name = "lens", mixinStandardHelpOptions = true, subcommandsRepeatable = false,
        description = "Work with lens files (the questionnaire in the AWS Well-Architected custom-lens format).",
        subcommands = LensCommand.Validate.class)
final class LensCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check a custom lens file as \"Add custom lens…\" does: JSON syntax, fields, types, ids,",
                    "lengths, counts, URLs and risk rules. Every problem is listed with its JSON path."},
            footer = {"", "Exit codes: 0 valid (warnings may be listed), " + Validate.INVALID
                    + " not valid (every problem listed), 2 the file cannot be read."})
    static final class Validate implements java.util.concurrent.Callable<Integer> {

        static final int INVALID = 3;

        @Parameters(paramLabel = "FILE", description = "The lens JSON file.")
        Path file;

        /** Accepted like every command's; validating reads only the file. */
        @Mixin
        DataDirOption dataDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            byte[] bytes = read(file);
            LensReadResult result = bytes.length > LensReader.MAX_BYTES
                    ? new LensReadResult(Optional.empty(), List.of(LensProblem.error("$", "the file has "
                    + size(file) + " bytes; a lens may have at most " + LensReader.MAX_BYTES)))
                    : new LensReader().read(bytes);
            PrintWriter out = spec.commandLine().getOut();
            if (result.lens().isPresent()) {
                Lens lens = result.lens().get();
                long choices = lens.questions().stream().mapToLong(q -> q.choices().size()).sum();
                out.printf("%s: valid. \"%s\": %d pillar%s, %d questions, %d choices.%n", file.getFileName(),
                        lens.name(), lens.pillars().size(), lens.pillars().size() == 1 ? "" : "s",
                        lens.questions().size(), choices);
                result.warnings().forEach(w -> out.println("  " + w));
                return 0;
            }
            int n = result.errors().size();
            out.printf("%s: NOT VALID. %d problem%s:%n", file.getFileName(), n, n == 1 ? "" : "s");
            for (LensProblem p : result.problems()) {
                out.println("  " + p);
            }
            return INVALID;
        }

        private static long size(Path file) {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return LensReader.MAX_BYTES + 1L;
            }
        }

        /** At most one byte more than a lens may have: enough to know it is too big without reading it all. */
        private static byte[] read(Path file) {
            if (Files.isDirectory(file)) {
                throw new UserFacingException(file + " is a folder, not a lens file.");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(LensReader.MAX_BYTES + 1);
            } catch (NoSuchFileException e) {
                throw new UserFacingException("No such file: " + file);
            } catch (AccessDeniedException e) {
                throw new UserFacingException(file + " cannot be read (no permission).");
            } catch (IOException e) {
                throw new UserFacingException(file + " cannot be read (" + e.getMessage() + ").", e);
            }
        }
    }
}
