package io.secpillar.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.app.Services;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.RunComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "compare-runs", mixinStandardHelpOptions = true,
        description = "Compare two stored evidence runs result by result: new failures, fixed, still failing.")
final class CompareRunsCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "BEFORE", description = "The earlier run id (see the runs command).")
    long before;

    @Parameters(index = "1", paramLabel = "AFTER", description = "The later run id.")
    long after;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        RunComparison diff;
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            for (long id : new long[] {before, after}) {
                if (services.evidence().run(id).isEmpty()) {
                    throw new UserFacingException("There is no evidence run " + id + " in " + services.dataDirectory()
                            + ". The runs command lists them.");
                }
            }
            diff = RunComparison.compare(services.evidence().findings(before), services.evidence().findings(after));
        }
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("before", before);
            m.put("after", after);
            m.put("newFailures", lines(diff.newFailures()));
            m.put("fixed", lines(diff.fixed()));
            m.put("stillFailing", lines(diff.stillFailing()));
            m.put("couldNotAssessChanges", lines(diff.couldNotAssessChanges()));
            m.put("otherChanges", lines(diff.otherChanges()));
            m.put("unchanged", diff.unchanged().size());
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(m));
            return 0;
        }
        out.printf("Run %d -> run %d: %d new failures, %d fixed, %d still failing, %d could-not-assess changes,"
                        + " %d other changes, %d unchanged%n", before, after, diff.newFailures().size(), diff.fixed().size(),
                diff.stillFailing().size(), diff.couldNotAssessChanges().size(), diff.otherChanges().size(),
                diff.unchanged().size());
        section(out, "New failures", diff.newFailures());
        section(out, "Fixed", diff.fixed());
        section(out, "Could not assess, before or after", diff.couldNotAssessChanges());
        return 0;
    }

    private static void section(PrintWriter out, String title, List<RunComparison.Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + ":");
        for (RunComparison.Change c : changes) {
            RunComparison.Key k = c.key();
            out.printf("  %-50s %s %s %s  (%s -> %s)%n", k.checkId(), k.accountId(), k.region(), k.resourceId(),
                    c.statusBefore().map(Enum::name).orElse("absent"), c.statusAfter().map(Enum::name).orElse("absent"));
        }
    }

    private static List<Map<String, String>> lines(List<RunComparison.Change> changes) {
        return changes.stream().map(c -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("checkId", c.key().checkId());
            m.put("accountId", c.key().accountId());
            m.put("region", c.key().region());
            m.put("resource", c.key().resourceId());
            m.put("before", c.statusBefore().map(Enum::name).orElse("ABSENT"));
            m.put("after", c.statusAfter().map(Enum::name).orElse("ABSENT"));
            m.put("reason", c.after().or(c::before).map(Finding::reason).orElse(""));
            return m;
        }).toList();
    }
}
