package io.secpillar.cli;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.ReadOnlyPolicy;
import io.secpillar.evidence.checks.CheckCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PolicyCommandTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SecPillarCommand.commandLine(dataDir -> {
            throw new AssertionError("no window for the policy command");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static String expected() {
        return ReadOnlyPolicy.json(CheckCatalog.all().stream().map(Check::metadata).toList());
    }

    @Test
    void printsThePolicy() {
        assertThat(run("policy")).isZero();
        assertThat(out.toString()).isEqualTo(expected());
        assertThat(out.toString()).contains("\"sts:GetCallerIdentity\"", "\"ec2:DescribeRegions\"");
    }

    @Test
    void writesThePolicyToAFileCreatingFolders() throws Exception {
        Path file = dir.resolve("iam/policy.json");

        assertThat(run("policy", "--out", file.toString())).isZero();

        assertThat(Files.readString(file)).isEqualTo(expected());
        assertThat(out.toString()).startsWith("Wrote the read-only policy (").contains(file.toString());
    }

    @Test
    void anUnwritablePlaceGetsAClearMessageAndExitCode2() throws Exception {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder should be");

        int code = run("policy", "--out", blocker.resolve("policy.json").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("secpillar: Cannot write the policy to " + blocker.resolve("policy.json")
                + ": " + blocker + " is a file, not a folder.");
        assertThat(Files.readString(blocker)).isEqualTo("a file where a folder should be");
    }

    @Test
    void isListedInTheHelp() {
        run("--help");
        assertThat(out.toString()).contains("policy");
    }
}
