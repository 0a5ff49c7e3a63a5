package io.secpillar.report.pdf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs poppler's pdfsig; it exits 0 even for a broken signature, so callers read its output. */
final class Pdfsig {

    private Pdfsig() {
    }

    static String run(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("pdfsig did not finish");
        }
        return out;
    }
}
