package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.watool.LensMode;
import io.secpillar.watool.PlannedCall;
import io.secpillar.watool.PushPlanner;
import io.secpillar.watool.PushReport;
import io.secpillar.watool.PushRequest;
import io.secpillar.watool.WaToolException;
import io.secpillar.watool.WaToolPush;
import io.secpillar.watool.aws.SdkWaToolPort;
import io.secpillar.watool.aws.WaToolConnector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

@Command(name = "wa-push", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a workload's review into the client's AWS Well-Architected Tool: create or find the"
                + " workload, write each answered Security question, optionally save a milestone.",
                "This WRITES to the client's AWS account, with a client that may send only the Well-Architected Tool"
                + " operations printed before anything is sent. The evidence scan stays read-only.",
                "Exit 0 when every answer was written; 2 when it could not run or stopped (the message says what was"
                + " written); 130 when cancelled."})
final class WaPushCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--workload", required = true, paramLabel = "ID|NAME", description = "The workbench workload.")
    String workload;

    @Option(names = "--profile", required = true, paramLabel = "PROFILE", description = "AWS profile to write with.")
    String profile;

    @Option(names = "--region", required = true, paramLabel = "REGION",
            description = "Region of the client's WA Tool, e.g. eu-central-1.")
    String region;

    @Option(names = "--lens", defaultValue = "managed", paramLabel = "managed|custom",
            description = "managed (default): the security pillar of the AWS-managed Well-Architected lens;"
                    + " custom: our lens imported as a custom lens.")
    String lens;

    @Option(names = "--milestone", paramLabel = "NAME", description = "Save a milestone of this name afterwards.")
    String milestone;

    @Option(names = "--dry-run", description = "Print the planned calls in order and send nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    private final Function<Services, WaToolConnector> connectors;

    WaPushCommand() {
        this(services -> services.waTool(new ConsoleMfaCodes()));
    }

    /** For tests: where the WA Tool connector (and with it the AWS profiles) comes from. */
    WaPushCommand(Function<Services, WaToolConnector> connectors) {
        this.connectors = connectors;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LensMode mode = parseMode();
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            Workload w = services.reviews().findByIdOrName(workload).orElseThrow(() -> new UserFacingException(
                    "No workload \"" + workload + "\" in " + services.dataDirectory()
                            + ". List them with: secpillar workloads"));
            ReviewSnapshot review = services.reviews().open(w.id());
            PushRequest request = request(review, mode, services.reviewerName());
            printPlan(out, request, PushPlanner.plan(request));
            if (dryRun) {
                out.println("Dry run: nothing was sent.");
                return 0;
            }
            out.flush();
            PushReport report;
            try (SdkWaToolPort port = open(connectors.apply(services), request)) {
                report = runWithCtrlC(new WaToolPush(port), request, err);
            }
            return conclude(out, report);
        }
    }

    private LensMode parseMode() {
        try {
            return LensMode.parse(lens);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e.getMessage());
        }
    }

    private PushRequest request(ReviewSnapshot review, LensMode mode, String reviewer) {
        try {
            return new PushRequest(review, mode, Optional.ofNullable(milestone), reviewer);
        } catch (WaToolException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    private SdkWaToolPort open(WaToolConnector connector, PushRequest request) {
        try {
            return connector.open(profile, region, request.accessList());
        } catch (WaToolException e) {
            throw new UserFacingException(e.getMessage() + " Nothing was sent.", e);
        }
    }

    private void printPlan(PrintWriter out, PushRequest request, List<PlannedCall> plan) {
        out.printf("Push \"%s\" to the AWS Well-Architected Tool of profile %s in %s, into %s.%n",
                request.review().workload().name(), profile, region, request.mode().description());
        out.println();
        out.println("The push's client may send only these operations (anything else is refused before it is sent):");
        request.accessList().describe().forEach(line -> out.println("  " + line));
        out.println();
        out.println("IAM policy the profile needs for this push:");
        out.print(request.accessList().policyJson());
        out.println();
        out.println("Planned calls, in order:");
        for (int i = 0; i < plan.size(); i++) {
            out.printf("%3d. %s%n", i + 1, plan.get(i));
        }
        out.println();
    }

    /** Ctrl-C stops the push between two calls and waits briefly, so what was written is reported. */
    private static PushReport runWithCtrlC(WaToolPush push, PushRequest request, PrintWriter err) {
        AtomicBoolean cancel = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            cancel.set(true);
            awaitQuietly(finished, Duration.ofSeconds(5));
        }, "secpillar-wa-push-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return push.run(request, (line, done, total) -> {
                err.printf("[%d/%d] %s%n", done, total, line);
                err.flush();
            }, cancel::get);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the JVM is exiting, the hook sees the latch
            }
        }
    }

    private static int conclude(PrintWriter out, PushReport report) {
        report.ids().filter(ids -> !ids.allMapped()).ifPresent(ids -> {
            out.println(ids.summary() + "; not sent:");
            ids.unmapped().forEach(u -> out.println("  " + u));
        });
        report.notes().forEach(out::println);
        if (report.failure().isPresent()) {
            out.flush();
            throw new UserFacingException(report.failure().get());
        }
        if (report.cancelled()) {
            out.println("Cancelled. Answers written: " + (report.written().isEmpty() ? "none"
                    : String.join(", ", report.written())) + ".");
            out.flush();
            return ScanCommand.CANCELLED;
        }
        out.printf("Done: workload %s (%s), lens %s; %d answer(s) written%s.%n", report.workloadId(),
                report.workloadCreated() ? "created" : "found", report.lensAlias(), report.written().size(),
                report.milestoneNumber().map(n -> ", milestone number " + n).orElse(""));
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch, Duration max) {
        try {
            latch.await(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
