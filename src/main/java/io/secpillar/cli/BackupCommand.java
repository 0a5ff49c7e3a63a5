package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.storage.StoreBackup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back up the whole data store to a ZIP file (a consistent copy taken with H2's online BACKUP),"
                + " checked after it is written."},
        footer = {"", "Example:", "  secpillar backup --out secpillar-2026-12-01.zip"})
final class BackupCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            StoreBackup.Outcome o = services.engagement().backup(out);
            PrintWriter print = spec.commandLine().getOut();
            print.printf("Backed up %s to %s (%,d bytes, %d tables, %,d rows read back)%n", services.dataDirectory(),
                    o.file(), o.bytes(), o.tables().size(), o.rows());
        }
        return 0;
    }
}
