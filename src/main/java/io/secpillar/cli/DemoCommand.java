package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.DemoWorkload;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the demo workload (a complete example review) in the data directory.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--again", description = "Create another copy even if the demo workload exists.")
    boolean again;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            DemoWorkload demo = services.demo();
            Optional<Workload> existing = again ? Optional.empty() : demo.existing();
            Workload workload = existing.orElseGet(demo::create);
            ReviewSnapshot snapshot = services.reviews().open(workload.id());
            out.printf("%s the demo workload \"%s\" (id %d) in %s%n", existing.isPresent() ? "Found" : "Created",
                    workload.name(), workload.id(), services.dataDirectory());
            out.printf("  %d of %d questions answered; %s%n", snapshot.counts().answered(), snapshot.questions().size(),
                    Counts.words(snapshot.counts()));
            services.evidence().runsForWorkload(workload.id()).stream().findFirst().ifPresent(run -> out.printf(
                    "  evidence run %d: %d results from %d accounts in %s%n", run.id(),
                    services.evidence().findings(run.id()).size(), run.accountIds().size(), String.join(", ", run.regions())));
            out.printf("Open it in the app: java -jar secpillar.jar%s%n",
                    dataDir.option().map(p -> " --data-dir " + p).orElse(""));
        }
        return 0;
    }
}
