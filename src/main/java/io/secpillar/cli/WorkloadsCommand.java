package io.secpillar.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "workloads", mixinStandardHelpOptions = true,
        description = "List the workloads with their id, name, client, questions answered and risk counts.")
final class WorkloadsCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        List<WorkloadSummary> summaries;
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            summaries = services.reviews().summaries();
        }
        if (json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(summaries.stream().map(WorkloadsCommand::asJson).toList()));
        } else if (summaries.isEmpty()) {
            out.println("No workloads yet. Create one in the app, or run the \"demo\" command for an example.");
        } else {
            String format = "%4s  %-28s  %-26s  %-8s  %4s  %6s  %4s  %4s  %10s%n";
            out.printf(format, "ID", "NAME", "CLIENT", "ANSWERED", "HIGH", "MEDIUM", "NONE", "N/A", "UNANSWERED");
            for (WorkloadSummary s : summaries) {
                out.printf(format, s.workload().id(), cut(s.workload().name(), 28), cut(s.workload().client(), 26),
                        s.answered() + "/" + s.questions(), s.counts().high(), s.counts().medium(), s.counts().none(),
                        s.counts().notApplicable(), s.counts().unanswered());
            }
        }
        return 0;
    }

    private static Map<String, Object> asJson(WorkloadSummary s) {
        Workload w = s.workload();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id());
        m.put("name", w.name());
        m.put("client", w.client());
        m.put("environment", w.environment().name());
        m.put("lens", s.lensName());
        m.put("questions", s.questions());
        m.put("answered", s.answered());
        m.put("risks", Counts.json(s.counts()));
        m.put("updatedAt", w.updatedAt().toString());
        return m;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
