package io.secpillar.cli;

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
        footer = {"", "Exit codes: 0 done, 1 unexpected error (a bug: please report it), 2 the command could not run"
                + " (the message says why, e.g. a damaged database: restore from a backup), 3 not valid (verify,"
                + " lens validate), 130 cancelled (scan, wa-push)."})
public final class SecPillarCommand implements Callable<Integer> {

    /** The commands of the command line, in the order --help lists them. */
    static final Class<?>[] SUBCOMMANDS = {WorkloadsCommand.class, DemoCommand.class, ScanCommand.class,
            ReportCommand.class, VerifyCommand.class, SigningCertificateCommand.class, PolicyCommand.class, RunsCommand.class, CompareRunsCommand.class,
            LensCommand.class, MilestonesCommand.class, CompareMilestonesCommand.class, ImprovementsCommand.class,
            AuditCommand.class, ExportCommand.class, ImportCommand.class, MergeCommand.class, BackupCommand.class,
            RestoreCommand.class, AttachCommand.class, AttachmentsCommand.class, DetachCommand.class, WaPushCommand.class, WaPullCommand.class};

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
        return withFaultHandling(cl);
    }

    /** Expected faults print their sentence and exit 2, wherever in the cause chain they sit; bugs keep their trace. */
    static CommandLine withFaultHandling(CommandLine cl) {
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            Optional<String> sentence = ExpectedFaults.sentence(e);
            if (sentence.isPresent()) {
                commandLine.getErr().println(commandLine.getColorScheme().errorText("secpillar: " + sentence.get()));
                return ExpectedFaults.CANNOT_RUN;
            }
            throw e;
        });
        return cl;
    }
}
