package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.audit.AuditProblem;
import io.secpillar.assessment.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Verify a workload's audit trail: the hash chain is intact, and the stored answers, workload details"
                + " and milestones are what the chain says. Says where anything was changed outside the workbench."},
        footer = {"", "Exit codes: 0 intact and matching, 3 not (the problems are listed), 2 cannot run.", "",
                "Example:", "  secpillar audit --workload \"Claims Portal\""})
final class AuditCommand implements Callable<Integer> {

    static final int NOT_INTACT = 3;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    WorkloadOption workload;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AuditVerification v;
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            Workload w = workload.find(services.reviews(), services.dataDirectory());
            v = services.engagement().verifier().verify(w.id());
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("workloadId", v.workloadId());
            m.put("workload", v.workloadName());
            m.put("intact", v.chainIntact());
            m.put("matchesStore", v.matchesStore());
            m.put("records", v.head().records());
            m.put("headSha256", v.head().hash());
            m.put("problems", v.problems().stream().map(AuditCommand::asJson).toList());
            out.println(CliSupport.json(m));
        } else {
            out.println(v.headline());
            if (!v.ok()) {
                out.printf("Chain head: %d records, %s%n", v.head().records(), v.head().hash());
            }
            for (AuditProblem p : v.problems()) {
                out.println("  - " + p.message());
            }
        }
        return v.ok() ? 0 : NOT_INTACT;
    }

    private static Map<String, Object> asJson(AuditProblem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", p.kind().name());
        m.put("where", p.where());
        m.put("record", p.record().isPresent() ? p.record().getAsLong() : null);
        m.put("message", p.message());
        return m;
    }
}
