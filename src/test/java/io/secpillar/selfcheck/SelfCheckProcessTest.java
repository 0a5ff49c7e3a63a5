package io.secpillar.selfcheck;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --self-check} in a JVM of its own, as a user starts it from the class path (the packaged application runs
 * the same check in CI): every step passes, with the real libraries, no display and no network.
 */
class SelfCheckProcessTest {

    @Test
    void theWholeCheckPassesInAFreshJvm() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.secpillar.Launcher", "--self-check"));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectErrorStream(true);
        builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        builder.environment().remove("DISPLAY");
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(output).as(output)
                .containsPattern("(?m)^ok    lens .*secpillar-security .* valid: 11 questions, 63 best practices")
                .containsPattern("(?m)^ok    database .*migrated .*read back after reopening")
                .containsPattern("(?m)^ok    report .*signed with a throw-away EC P-256 key, verified INTACT")
                .containsPattern("(?m)^ok    aws .*account 123456789012, 2 regions; ec2:TerminateInstances refused")
                .containsPattern("(?m)^ok    window .*main window \\d+x\\d+ rendered .*1 workload listed on Monocle")
                .containsPattern("(?m)^self-check passed in");
        assertThat(p.exitValue()).isZero();
    }
}
