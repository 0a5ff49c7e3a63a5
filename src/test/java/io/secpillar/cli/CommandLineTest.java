package io.secpillar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The picocli entry point: help, the demo and workloads commands, and their unhappy paths. */
class CommandLineTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SecPillarCommand.commandLine(d -> {
            throw new AssertionError("the window must not open for " + String.join(" ", args));
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Run run = run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("workloads", "demo", "--data-dir");
    }

    @Test
    void noCommandOpensTheWindowWithTheDataDirectory() {
        AtomicReference<Optional<Path>> seen = new AtomicReference<>();
        int code = SecPillarCommand.commandLine(d -> {
            seen.set(d);
            return 0;
        }).execute("--data-dir", dir.toString());
        assertThat(code).isZero();
        assertThat(seen.get()).contains(dir);
    }

    @Test
    void demoThenWorkloadsAsTableAndJson() throws Exception {
        Run demo = run("demo", "--data-dir", dir.toString());
        assertThat(demo.code()).isZero();
        assertThat(demo.out()).contains("Created the demo workload \"Claims Portal\" (id 1)",
                "11 of 11 questions answered; High 3, Medium 4, None 2, Not applicable 2, Unanswered 0");
        assertThat(run("demo", "--data-dir", dir.toString()).out()).startsWith("Found the demo workload");

        Run table = run("workloads", "--data-dir", dir.toString());
        assertThat(table.out()).contains("Claims Portal", "Veldmark Versicherung AG", "11/11");

        JsonNode json = JsonMapper.builder().build().readTree(run("workloads", "--data-dir", dir.toString(), "--json").out());
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("id").asLong()).isEqualTo(1);
        assertThat(json.get(0).get("answered").asInt()).isEqualTo(11);
        assertThat(json.get(0).get("risks").get("HIGH").asInt()).isEqualTo(3);
        assertThat(json.get(0).get("risks").get("NOT_APPLICABLE").asInt()).isEqualTo(2);
    }

    @Test
    void anEmptyDirectorySaysHowToStart() {
        assertThat(run("workloads", "--data-dir", dir.toString()).out()).contains("No workloads yet");
        assertThat(run("workloads", "--data-dir", dir.toString(), "--json").out().trim()).isEqualTo("[ ]");
    }

    @Test
    void aDirectoryInUseGivesAClearMessageAndExitCodeTwo() {
        try (Database open = Database.open(dir)) {
            Run run = run("workloads", "--data-dir", dir.toString());
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("secpillar: Another SecPillar Workbench (a window or a command) is already using");
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void unknownOptionsAreRefused() {
        Run run = run("workloads", "--colour");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--colour'");
    }
}
