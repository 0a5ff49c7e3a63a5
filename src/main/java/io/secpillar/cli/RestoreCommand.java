package io.secpillar.cli;

import io.secpillar.storage.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the data store with a backup. The backup is checked whole first; a damaged one is"
                + " refused and nothing changes. The replaced store is kept in the backups folder of the data directory."},
        footer = {"", "Close the workbench window first.", "", "Example:", "  secpillar restore secpillar-2026-12-01.zip"})
final class RestoreCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (made by backup).")
    Path backup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = dataDir.resolve();
        StoreBackup.Outcome o = StoreBackup.restore(dir, backup);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Restored %s from %s (%d tables, %,d rows checked)%n", dir, backup, o.tables().size(), o.rows());
        if (o.keptAside() != null) {
            out.printf("  the store it replaced is kept as %s%n", o.keptAside());
        }
        return 0;
    }
}
