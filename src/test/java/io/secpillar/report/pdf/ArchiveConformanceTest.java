package io.secpillar.report.pdf;

import io.secpillar.app.Services;
import io.secpillar.report.ReportFixtures;
import io.secpillar.report.signing.KeyType;
import io.secpillar.report.signing.SigningCredentials;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The signed report is PDF/A-3b and PDF/UA-1 as veraPDF judges them. */
class ArchiveConformanceTest {

    @TempDir
    static Path dir;
    static Path signed;

    @BeforeAll
    static void export() {
        try (Services services = ReportFixtures.services(dir.resolve("data"))) {
            SigningCredentials c = SigningFixtures.selfSigned(dir.resolve("data"), KeyType.RSA_3072, Instant.now());
            signed = SignedReportTest.export(services, c, dir.resolve("signed.pdf"));
        }
    }

    @Test
    void signedReportIsPdfA3b() throws Exception {
        assertThat(VeraPdf.failures(signed, PDFAFlavour.PDFA_3_B)).isEmpty();
    }

    @Test
    void signedReportIsPdfUa1() throws Exception {
        assertThat(VeraPdf.failures(signed, PDFAFlavour.PDFUA_1)).isEmpty();
    }
}
