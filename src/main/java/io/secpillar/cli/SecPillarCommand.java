package io.secpillar.cli;

import io.secpillar.assessment.InvalidWorkloadException;
import io.secpillar.assessment.NoSuchWorkloadException;
import io.secpillar.assessment.attachment.InvalidAttachmentException;
import io.secpillar.assessment.handover.AlreadyHereException;
import io.secpillar.assessment.handover.HandoverFileException;
import io.secpillar.assessment.handover.MergeConflictException;
import io.secpillar.assessment.improvement.InvalidImprovementException;
import io.secpillar.assessment.milestone.InvalidMilestoneException;
import io.secpillar.storage.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The single entry point: without a command it opens the window; with one it runs without a window.
 * Later features register their commands in {@link #SUBCOMMANDS}.
 */
@Command(name = "secpillar", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"SecPillar Workbench: guided AWS Well-Architected Security pillar reviews.",
                "Without a command, opens the workbench window."},
        footer = {"", "Exit codes: 0 done, 1 unexpected error, 2 the command could not run (the message says why)."})
public final class SecPillarCommand implements Callable<Integer> {

    /** The commands of the command line, in the order --help lists them. */
    static final Class<?>[] SUBCOMMANDS = {WorkloadsCommand.class, DemoCommand.class, ScanCommand.class,
            ReportCommand.class, VerifyCommand.class, SigningCertificateCommand.class, PolicyCommand.class, RunsCommand.class, CompareRunsCommand.class,
            MilestonesCommand.class, CompareMilestonesCommand.class, ImprovementsCommand.class, AuditCommand.class,
            ExportCommand.class, ImportCommand.class, MergeCommand.class, BackupCommand.class, RestoreCommand.class,
            AttachCommand.class, AttachmentsCommand.class, DetachCommand.class};

    /** Starts the window; supplied by the launcher so this package never touches the UI toolkit. */
    @FunctionalInterface
    public interface WindowStarter {
        int start(Optional<Path> dataDir);
    }

    @Mixin
    DataDirOption dataDir;

    private final WindowStarter window;

    public SecPillarCommand(WindowStarter window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        return window.start(dataDir.option());
    }

    /** Builds the command line with every subcommand and user-facing error handling. */
    public static CommandLine commandLine(WindowStarter window) {
        CommandLine cl = new CommandLine(new SecPillarCommand(window));
        for (Class<?> sub : SUBCOMMANDS) {
            cl.addSubcommand(sub);
        }
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (isUserFacing(e)) {
                commandLine.getErr().println(commandLine.getColorScheme().errorText("secpillar: " + e.getMessage()));
                return 2;
            }
            throw e;
        });
        return cl;
    }

    private static boolean isUserFacing(Exception e) {
        return e instanceof StoreUnavailableException || e instanceof InvalidWorkloadException
                || e instanceof NoSuchWorkloadException || e instanceof UserFacingException
                || e instanceof HandoverFileException || e instanceof AlreadyHereException
                || e instanceof MergeConflictException || e instanceof InvalidMilestoneException
                || e instanceof InvalidImprovementException || e instanceof InvalidAttachmentException;
    }
}
