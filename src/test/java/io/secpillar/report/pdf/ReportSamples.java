package io.secpillar.report.pdf;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.report.Branding;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.checks.CheckCatalog;
import io.secpillar.report.InMemoryEvidence;
import io.secpillar.report.OrganizationEvidence;
import io.secpillar.report.ReportOptions;
import io.secpillar.report.ReportEvidence;
import io.secpillar.report.ReportFixtures;
import io.secpillar.report.signing.KeyType;
import io.secpillar.report.signing.SigningCredentials;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Writes sample reports to look at (target/report-samples): the signed demo review with evidence, and a short
 * review without. Not part of the normal run; render them with pdftoppm -png -r 60.
 * Run: mvn -Pbench verify -Dtest=ReportSamples -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class ReportSamples {

    @TempDir
    Path dir;

    @Test
    void writeSamples() throws Exception {
        Path samples = Files.createDirectories(Path.of("target", "report-samples"));
        Instant now = Instant.now();
        try (Services services = ReportFixtures.services(dir)) {
            SigningCredentials creds = SigningFixtures.selfSigned(dir, KeyType.RSA_3072, now);
            ReportExporter exporter = new ReportExporter(InMemoryEvidence.mapping(), Clock.fixed(now, ZoneOffset.UTC),
                    "0.1.0");
            Branding branding = new Branding(Optional.of("Northwind Security Partners"), Optional.empty(),
                    Branding.DEFAULT_PRIMARY, Branding.DEFAULT_ACCENT);
            ReviewSnapshot demo = ReportFixtures.demo(services);
            InMemoryEvidence store = new InMemoryEvidence(demo.workload().id());
            store.addRun(240, 3, now.minusSeconds(86_400 * 8));
            store.addRun(480, 42, now.minusSeconds(86_400));
            exporter.export(new ExportRequest(demo, ReportEvidence.load(Optional.of(store), demo.workload().id(),
                    InMemoryEvidence.CHECKS), ReportSections.everything(branding, "Daniel Osei"),
                    samples.resolve("demo-signed.pdf"), Optional.of(creds), null, "Zürich"), Progress.NONE, () -> false);
            ReviewSnapshot tiny = ReportFixtures.tiny(services);
            exporter.export(new ExportRequest(tiny, ReportEvidence.none(Map.of()),
                    ReportSections.everything(Branding.defaults(), "Jürgen Weiß"), samples.resolve("short.pdf"),
                    Optional.empty(), null, null), Progress.NONE, () -> false);
        }
    }

    /** An organization of 40 accounts in OUs, and the same report masked for wider distribution. */
    @Test
    void writeOrganizationSamples() throws Exception {
        Path samples = Files.createDirectories(Path.of("target", "report-samples"));
        Instant now = Instant.now();
        Map<String, CheckMetadata> checks = new LinkedHashMap<>();
        CheckCatalog.all().forEach(c -> checks.put(c.metadata().id(), c.metadata()));
        try (Services services = ReportFixtures.services(dir)) {
            SigningCredentials creds = SigningFixtures.selfSigned(dir, KeyType.RSA_3072, now);
            ReportExporter exporter = new ReportExporter(CheckMapping.bundled(), Clock.fixed(now, ZoneOffset.UTC),
                    "0.1.0");
            ReviewSnapshot demo = ReportFixtures.demo(services);
            ReportEvidence evidence = OrganizationEvidence.of(demo.workload().id(), checks, 40, 3, 11,
                    now.minusSeconds(3600));
            ReportOptions options = ReportSections.everything(Branding.defaults(), "Daniel Osei");
            exporter.export(new ExportRequest(demo, evidence, options, samples.resolve("organization.pdf"),
                    Optional.of(creds), null, "Zürich"), Progress.NONE, () -> false);
            exporter.export(new ExportRequest(demo, evidence, options.masking(true),
                    samples.resolve("organization-masked.pdf"), Optional.of(creds), null, "Zürich"),
                    Progress.NONE, () -> false);
        }
    }
}
