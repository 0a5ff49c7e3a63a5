package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List the stored evidence runs, newest first, with their result counts.")
final class RunsCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--workload", paramLabel = "ID|NAME", description = "Only the runs attached to this workload.")
    String workload;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            List<EvidenceRunInfo> runs = workload == null ? services.evidence().runs()
                    : services.evidence().runsForWorkload(services.reviews().findByIdOrName(workload)
                    .orElseThrow(() -> new UserFacingException("No workload \"" + workload + "\" in "
                            + services.dataDirectory() + ". The workloads command lists them.")).id());
            if (runs.isEmpty()) {
                out.println("No evidence runs yet. Run the scan command, or use the Evidence tab in the app.");
                return 0;
            }
            String format = "%5s  %-10s  %-20s  %-8s  %5s  %5s  %5s  %12s  %s%n";
            out.printf(format, "RUN", "STATE", "STARTED (UTC)", "WORKLOAD", "PASS", "FAIL", "N/A", "NOT ASSESSED",
                    "ACCOUNTS / REGIONS");
            for (EvidenceRunInfo run : runs) {
                List<Finding> findings = services.evidence().findings(run.id());
                out.printf(format, run.id(), run.state().name().toLowerCase(java.util.Locale.ROOT),
                        run.startedAt().toString().substring(0, 19).replace('T', ' '),
                        run.workloadId().map(String::valueOf).orElse("-"), count(findings, Status.PASS),
                        count(findings, Status.FAIL), count(findings, Status.NOT_APPLICABLE),
                        count(findings, Status.COULD_NOT_ASSESS),
                        String.join(",", run.accountIds()) + " / " + String.join(",", run.regions()));
            }
            out.println("N/A: the check does not apply. NOT ASSESSED: the check could not decide (the reason is"
                    + " in each result).");
        }
        return 0;
    }

    private static long count(List<Finding> findings, Status status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }
}
