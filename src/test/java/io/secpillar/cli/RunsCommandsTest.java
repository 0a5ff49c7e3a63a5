package io.secpillar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Listing stored runs and comparing two of them from the command line. */
class RunsCommandsTest {

    @TempDir
    Path dir;

    private String[] run(int expectedCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = SecPillarCommand.commandLine(d -> 0);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute(args)).as(err.toString()).isEqualTo(expectedCode);
        return new String[] {out.toString(), err.toString()};
    }

    @Test
    void runsAreListedAndTwoRunsCompare() throws Exception {
        assertThat(run(0, "runs", "--data-dir", dir.toString())[0]).contains("No evidence runs yet");
        run(0, "demo", "--data-dir", dir.toString());
        run(0, "demo", "--again", "--data-dir", dir.toString());
        String list = run(0, "runs", "--data-dir", dir.toString())[0];
        assertThat(list).contains("completed", "111122223333,444455556666,777788889999 / eu-central-1,eu-west-1");
        // each demo copy has its first run and its follow-up scan
        assertThat(list.lines().filter(l -> l.contains("completed")).count()).isEqualTo(4);
        assertThat(run(0, "runs", "--workload", "1", "--data-dir", dir.toString())[0]
                .lines().filter(l -> l.contains("completed")).count()).isEqualTo(2);

        String text = run(0, "compare-runs", "1", "3", "--data-dir", dir.toString())[0];
        assertThat(text).startsWith("Run 1 -> run 3: 0 new failures, 0 fixed,");
        assertThat(run(0, "compare-runs", "1", "2", "--data-dir", dir.toString())[0])
                .startsWith("Run 1 -> run 2: 1 new failures, 11 fixed,");
        JsonNode json = JsonMapper.builder().build().readTree(run(0, "compare-runs", "1", "3", "--json", "--data-dir", dir.toString())[0]);
        assertThat(json.get("newFailures")).isEmpty();
        assertThat(json.get("stillFailing").size()).isPositive();
        assertThat(json.get("unchanged").asInt()).isPositive();
    }

    @Test
    void unknownRunsAndWorkloadsAreExplained() {
        run(0, "demo", "--data-dir", dir.toString());
        assertThat(run(2, "compare-runs", "1", "9", "--data-dir", dir.toString())[1])
                .contains("There is no evidence run 9 in " + dir);
        assertThat(run(2, "runs", "--workload", "Nope", "--data-dir", dir.toString())[1])
                .contains("No workload \"Nope\"");
    }
}
