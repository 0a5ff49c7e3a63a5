package io.secpillar.report.pdf;

import io.secpillar.Services;
import io.secpillar.report.Branding;
import io.secpillar.report.ReportFixtures;
import io.secpillar.report.ReportModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

class SampleOutputTest {
    @TempDir Path dir;

    @Test
    void writesSamples() throws Exception {
        try (Services services = ReportFixtures.services(dir)) {
            ReportModel m = RenderSample.demoModel(services, 600, new Branding(Optional.of("Northwind Security Partners"),
                    Optional.empty(), Branding.DEFAULT_PRIMARY, Branding.DEFAULT_ACCENT));
            SignatureBlock sig = new SignatureBlock("Daniel Osei", Optional.of("Northwind Security Partners"),
                    "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89",
                    Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"), true,
                    ReportFixtures.NOW, "Security pillar review report", "Zürich");
            RenderedReport r = new PdfReportRenderer().render(m, Optional.of(sig), Progress.NONE, () -> false);
            Files.createDirectories(RenderSample.dir());
            Files.write(RenderSample.dir().resolve("demo.pdf"), r.pdf());
            System.out.println("pages " + r.pages() + " bytes " + r.pdf().length);
        }
    }
}
