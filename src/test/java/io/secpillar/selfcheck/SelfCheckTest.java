package io.secpillar.selfcheck;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class SelfCheckTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void everyStepIsReportedAndAFailureNamesTheStepAndExitsOne() {
        int code = new SelfCheck(out, List.of(step("lens", () -> "fine"),
                step("report", () -> {
                    throw new NoClassDefFoundError("org/apache/pdfbox/pdmodel/PDDocument");
                }),
                step("aws", () -> "also fine"))).run();

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(text).containsPattern("(?m)^ok    lens +\\d+\\.\\d\\d s  fine$")
                .containsPattern("(?m)^FAIL  report .*NoClassDefFoundError: org/apache/pdfbox/pdmodel/PDDocument$")
                .containsPattern("(?m)^ok    aws .*also fine$")
                .containsPattern("(?m)^self-check FAILED in \\d+\\.\\d s: report$");
    }

    @Test
    void allPassedExitsZeroAndRemovesItsScratchDirectory() {
        AtomicReference<Path> scratch = new AtomicReference<>();
        int code = new SelfCheck(out, List.of(new SelfCheck.Step() {
            @Override
            public String name() {
                return "files";
            }

            @Override
            public String run(Path dir) throws Exception {
                scratch.set(dir);
                Files.writeString(dir.resolve("x.txt"), "x");
                return "wrote one";
            }
        })).run();

        assertThat(code).isZero();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).containsPattern("(?m)^self-check passed in \\d+\\.\\d s$");
        assertThat(scratch.get()).doesNotExist();
    }

    @Test
    void aFailureSaysItsCauseInOneLine() {
        Exception e = new IllegalStateException("report failed", new java.io.IOException("disk\nfull"));
        assertThat(SelfCheck.describe(e)).isEqualTo(
                "IllegalStateException: report failed (caused by IOException: disk full)");
    }

    private interface Body {
        String run() throws Exception;
    }

    private static SelfCheck.Step step(String name, Body body) {
        return new SelfCheck.Step() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String run(Path scratch) throws Exception {
                return body.run();
            }
        };
    }
}
