package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.evidence.aws.DefaultAwsAccess;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.watool.aws.FakeWaTool;
import io.secpillar.watool.aws.WaToolConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/** wa-push and wa-pull end to end: a real data directory, the product's WA Tool client, the fake Tool on 127.0.0.1. */
class WaToolCommandsTest {

    @TempDir
    Path dir;
    FakeWaTool tool;
    DefaultAwsAccess access;
    WaToolConnector connector;
    Path data;

    record Run(int code, String out, String err) { }

    @BeforeEach
    void start() {
        tool = new FakeWaTool(dir);
        access = tool.access(MfaCodeProvider.none());
        connector = new WaToolConnector(access::session);
        data = dir.resolve("data");
        try (Services services = Services.open(data, Clock.systemUTC())) {
            services.demo().create();
        }
    }

    @AfterEach
    void stop() {
        connector.close();
        access.close();
        tool.close();
    }

    private Run run(Callable<Integer> command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setExecutionExceptionHandler(SecPillarCommand.commandLine(d -> 0).getExecutionExceptionHandler());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Run push(String... args) {
        return run(new WaPushCommand(s -> connector), concat(List.of("--data-dir", data.toString(), "--profile",
                FakeWaTool.PROFILE, "--region", FakeWaTool.REGION), args));
    }

    private Run pull(String... args) {
        return run(new WaPullCommand(s -> connector), concat(List.of("--data-dir", data.toString(), "--profile",
                FakeWaTool.PROFILE, "--region", FakeWaTool.REGION), args));
    }

    private static String[] concat(List<String> first, String... rest) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    @Test
    void aDryRunPrintsTheOperationsThePolicyAndThePlanAndSendsNothing() {
        Run run = push("--workload", "Claims Portal", "--milestone", "Workshop 1", "--dry-run");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("may send only these operations", "UpdateAnswer (writes): write one question's"
                        + " answer", "\"wellarchitected:CreateMilestone\"", "Planned calls, in order:",
                "CreateWorkload [write]", "UpdateAnswer [write]  SEC11 application-security", "Dry run: nothing was sent.");
        assertThat(run.out()).doesNotContain("wellarchitected:ImportLens");
        assertThat(tool.requests()).as("a dry run sends nothing").isEmpty();
    }

    @Test
    void aPushWritesEveryAnswerAndAPullBringsTheReviewBackAsANewWorkload() {
        Run pushed = push("--workload", "Claims Portal", "--milestone", "Workshop 1");

        assertThat(pushed.code()).as(pushed.err() + pushed.out()).isZero();
        assertThat(pushed.out()).contains("Done: workload ", "(created), lens wellarchitected; 11 answer(s) written,"
                + " milestone number 1.");
        assertThat(pushed.err()).contains("UpdateAnswer SEC01 securely-operate");

        Run list = pull("--list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("Claims Portal", "wellarchitected");
        String id = list.out().lines().filter(l -> l.contains("Claims Portal")).findFirst().orElseThrow().split(" ")[0];

        Run pulled = pull("--workload-id", id);
        assertThat(pulled.code()).as(pulled.err()).isZero();
        assertThat(pulled.out()).contains("Imported \"Claims Portal\" as workload 2 \"Claims Portal (WA Tool)\": 11 of 11"
                + " questions answered (from wellarchitected).", "1 milestone(s): 1 \"Workshop 1\"");
        try (Services services = Services.open(data, Clock.systemUTC())) {
            ReviewSnapshot original = services.reviews().open(1);
            Workload imported = services.reviews().findByIdOrName("Claims Portal (WA Tool)").orElseThrow();
            ReviewSnapshot copy = services.reviews().open(imported.id());
            assertThat(imported.accountIds()).isEqualTo(original.workload().accountIds());
            original.answers().forEach((q, a) -> {
                assertThat(copy.answer(q)).as(q).isPresent();
                assertThat(copy.answer(q).get().selected()).as(q).isEqualTo(a.selected());
                assertThat(copy.answer(q).get().notApplicable()).as(q).isEqualTo(a.notApplicable());
                assertThat(copy.answer(q).get().choicesNotApplicable()).as(q).isEqualTo(a.choicesNotApplicable());
                assertThat(copy.answer(q).get().notes()).as(q).isEqualTo(a.notes());
            });
        }
    }

    @Test
    void aRefusedWriteExitsTwoWithOneSentenceNamingTheActionAndWhatWasWritten() {
        tool.deny("PATCH", "/workloads/[^/]+/lensReviews/[^/]+/answers/identities", "wellarchitected:UpdateAnswer");

        Run run = push("--workload", "Claims Portal");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Profile client is not allowed to call wellarchitected:UpdateAnswer"
                + " (AccessDeniedException).", "Answers written before it stopped: SEC01.")
                .doesNotContain("Exception:", "\tat ");
    }

    @Test
    void cannotRunCasesExitTwoWithASentence() {
        assertThat(push("--workload", "Nope", "--dry-run")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("No workload \"Nope\"");
        });
        assertThat(push("--workload", "Claims Portal", "--lens", "imported")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("\"imported\" is not a lens mode: say managed or custom.");
        });
        assertThat(tool.requests()).as("nothing sent when the command cannot run").isEmpty();
        Run missing = pull("--workload-id", "wl-missing");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("ResourceNotFoundException: No workload wl-missing", "Nothing was imported.")
                .doesNotContain("\tat ");
        Run region = run(new WaPullCommand(s -> connector), "--data-dir", data.toString(), "--profile", "client",
                "--region", "Frankfurt", "--list");
        assertThat(region.code()).isEqualTo(2);
        assertThat(region.err()).contains("\"Frankfurt\" is not an AWS region code");
        assertThat(tool.requests()).as("only the GetWorkload of wl-missing").hasSize(1);
    }
}
