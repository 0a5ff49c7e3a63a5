package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.scan.EvidenceScanner;
import io.secpillar.evidence.scan.PreparedScan;
import io.secpillar.evidence.scan.RegionSelection;
import io.secpillar.evidence.scan.ScanCancellation;
import io.secpillar.evidence.scan.ScanRequest;
import io.secpillar.evidence.scan.ScanResult;
import io.secpillar.evidence.scan.ScanSettings;
import io.secpillar.evidence.scan.ScanSetupException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Collect evidence from AWS (read-only) for the chosen profiles and regions, store the run in the"
                + " data directory, and write the results to a file.",
                "Exit 0 when the run completed (even with failing checks); 2 when it could not run; 130 when cancelled."})
final class ScanCommand implements Callable<Integer> {

    static final int CANCELLED = 130;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--profile", required = true, paramLabel = "PROFILE",
            description = "AWS profile to scan (repeat for several accounts).")
    List<String> profiles;

    @Option(names = "--regions", required = true, paramLabel = "r1,r2|all",
            description = "Regions to scan, comma-separated, or \"all\" for every region enabled in each account.")
    String regions;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the results.")
    Path out;

    @Option(names = "--format", defaultValue = "json", paramLabel = "json|csv",
            description = "json (one object per result, default) or csv.")
    FindingsExport.Format format;

    @Option(names = "--workload", paramLabel = "ID|NAME", description = "Attach the run to this workload.")
    String workload;

    @Option(names = "--concurrency", defaultValue = "24", paramLabel = "N",
            description = "Account × region × service units scanned at once (default 24).")
    int concurrency;

    @Spec
    CommandSpec spec;

    private final BiFunction<Services, ScanSettings, EvidenceScanner> scanners;

    ScanCommand() {
        this((services, settings) -> services.evidenceScanner(services.awsAccess(new ConsoleMfaCodes()), settings));
    }

    /** For tests and embedding: where the scanner (and with it the AWS access) comes from. */
    ScanCommand(BiFunction<Services, ScanSettings, EvidenceScanner> scanners) {
        this.scanners = scanners;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        checkWritable(out);
        if (concurrency < 1 || concurrency > 256) {
            throw new UserFacingException("--concurrency must be between 1 and 256.");
        }
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            Optional<Long> workloadId = Optional.ofNullable(workload).map(w -> services.reviews().findByIdOrName(w)
                    .map(Workload::id).orElseThrow(() -> new UserFacingException("No workload \"" + w
                            + "\" in " + services.dataDirectory() + ". List them with: secpillar workloads")));
            EvidenceScanner scanner = scanners.apply(services,
                    ScanSettings.defaults().withConcurrency(concurrency));
            PreparedScan prepared = prepare(scanner, workloadId);
            prepared.warnings().forEach(w -> err.println("warning: " + w));
            err.printf("Scanning %d account(s) in %s with %d checks…%n", prepared.plan().accounts().size(),
                    String.join(", ", prepared.plan().regions()), scanner.checks().size());
            err.flush();
            ScanResult result = runWithCtrlC(scanner, prepared, err);
            write(services, result);
            return report(result, err);
        }
    }

    private PreparedScan prepare(EvidenceScanner scanner, Optional<Long> workloadId) {
        try {
            return scanner.prepare(new ScanRequest(profiles, RegionSelection.parse(regions), workloadId));
        } catch (ScanSetupException e) {
            throw new UserFacingException(e.getMessage() + " Nothing was scanned.", e);
        }
    }

    /** Ctrl-C cancels the scan and waits briefly, so the run is stored as CANCELLED with what it found. */
    private static ScanResult runWithCtrlC(EvidenceScanner scanner, PreparedScan prepared, PrintWriter err) {
        ScanCancellation cancel = new ScanCancellation();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.cancel();
            awaitQuietly(finished, Duration.ofSeconds(5)); // the scan stores itself as cancelled within 2 s
        }, "secpillar-scan-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return scanner.run(prepared, new ScanProgressPrinter(err), cancel);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting because of Ctrl-C; the hook is running and sees the latch
            }
        }
    }

    private void write(Services services, ScanResult result) {
        try {
            FindingsExport.write(result.runId(), services.evidence().results(result.runId()), format, out);
        } catch (IOException e) {
            throw new UserFacingException("The run is stored as run " + result.runId() + ", but " + out
                    + " could not be written (" + e.getMessage() + ").", e);
        }
    }

    private int report(ScanResult result, PrintWriter err) {
        String counts = EvidenceScanner.countsLine(result.outcome());
        EvidenceRunInfo.State state = result.outcome().state();
        err.printf("Run %d %s: %s. Results written to %s%n", result.runId(),
                state.name().toLowerCase(java.util.Locale.ROOT), counts, out.toAbsolutePath());
        err.flush();
        return switch (state) {
            case COMPLETED, RUNNING -> 0;
            case CANCELLED -> CANCELLED;
            case FAILED -> throw new UserFacingException("The scan stopped: " + result.outcome().error().orElse("unknown error")
                    + ". What was found until then is stored as run " + result.runId() + ".");
        };
    }

    private static void checkWritable(Path out) {
        Path target = out.toAbsolutePath();
        Path parent = target.getParent();
        if (Files.isDirectory(target)) {
            throw new UserFacingException("--out " + out + " is a directory; give a file name.");
        }
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)
                || Files.exists(target) && !Files.isWritable(target)) {
            throw new UserFacingException("Cannot write " + out + ": its folder does not exist or is not writable."
                    + " Nothing was scanned.");
        }
    }

    private static void awaitQuietly(CountDownLatch latch, Duration max) {
        try {
            latch.await(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
