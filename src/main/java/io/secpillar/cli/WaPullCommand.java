package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.watool.PulledReview;
import io.secpillar.watool.ReviewImport;
import io.secpillar.watool.WaAccessList;
import io.secpillar.watool.WaMilestone;
import io.secpillar.watool.WaToolCallException;
import io.secpillar.watool.WaToolException;
import io.secpillar.watool.WaToolPull;
import io.secpillar.watool.WaWorkloadSummary;
import io.secpillar.watool.aws.SdkWaToolPort;
import io.secpillar.watool.aws.WaToolConnector;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

@Command(name = "wa-pull", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import a review kept in the client's AWS Well-Architected Tool as a new workbench workload:"
                + " its security-pillar answers, notes, not-applicable reasons and milestones. Only reads.",
                "Exit 0 when imported (or listed); 2 when it could not run."})
final class WaPullCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--profile", required = true, paramLabel = "PROFILE", description = "AWS profile to read with.")
    String profile;

    @Option(names = "--region", required = true, paramLabel = "REGION", description = "Region of the client's WA Tool.")
    String region;

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--workload-id", paramLabel = "ID", description = "The WA Tool workload to import.")
        String workloadId;

        @Option(names = "--list", description = "List the WA Tool workloads of the profile instead.")
        boolean list;
    }

    @Spec
    CommandSpec spec;

    private final Function<Services, WaToolConnector> connectors;

    WaPullCommand() {
        this(services -> services.waTool(new ConsoleMfaCodes()));
    }

    /** For tests: where the WA Tool connector (and with it the AWS profiles) comes from. */
    WaPullCommand(Function<Services, WaToolConnector> connectors) {
        this.connectors = connectors;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC());
             SdkWaToolPort port = connectors.apply(services).open(profile, region, WaAccessList.pull())) {
            WaToolPull pull = new WaToolPull(port);
            if (target.list) {
                printList(out, pull.workloads());
                return 0;
            }
            ReviewImport importer = services.waToolImport();
            LoadedLens lens = services.lenses().bundled();
            PulledReview pulled = pull.read(target.workloadId, lens, importer.milestonesAvailable(),
                    services.reviewerName(), Clock.systemUTC().instant(), (line, done, total) -> {
                        err.printf("[%d/%d] %s%n", done, total, line);
                        err.flush();
                    });
            Workload stored = importer.store(pulled, lens, "");
            printImported(out, pulled, stored, importer.milestonesAvailable(), lens);
            return 0;
        } catch (WaToolException | WaToolCallException e) {
            throw new UserFacingException(e.getMessage() + " Nothing was imported.", e);
        }
    }

    private static void printList(PrintWriter out, List<WaWorkloadSummary> workloads) {
        if (workloads.isEmpty()) {
            out.println("The profile sees no workloads in the WA Tool of this region.");
            return;
        }
        String format = "%-34s  %-40s  %-20s  %s%n";
        out.printf(format, "WORKLOAD ID", "NAME", "UPDATED", "LENSES");
        for (WaWorkloadSummary w : workloads) {
            out.printf(format, w.id(), w.name(), w.updatedAt().map(t -> t.toString().substring(0, 16).replace('T', ' '))
                    .orElse(""), String.join(", ", w.lenses()));
        }
    }

    private static void printImported(PrintWriter out, PulledReview pulled, Workload stored, boolean milestones,
                                      LoadedLens lens) {
        out.printf("Imported \"%s\" as workload %d \"%s\": %d of %d questions answered (from %s).%n",
                pulled.workload().name(), stored.id(), stored.name(), pulled.answers().size(),
                lens.lens().questions().size(), pulled.lensAlias());
        pulled.skipped().forEach(s -> out.println("  not carried over: " + s));
        List<WaMilestone> inTool = pulled.toolMilestones();
        if (inTool.isEmpty()) {
            return;
        }
        String names = inTool.stream().map(m -> m.number() + " \"" + m.name() + "\"").collect(Collectors.joining(", "));
        if (milestones) {
            out.printf("Milestones imported: %s.%n", names);
        } else {
            out.printf("The WA Tool workload has %d milestone(s): %s. This workbench cannot store milestones yet, so"
                    + " they were not imported.%n", inTool.size(), names);
        }
    }
}
