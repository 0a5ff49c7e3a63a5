package io.secpillar.report.pdf;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.report.Branding;
import io.secpillar.report.InMemoryEvidence;
import io.secpillar.report.ReportEvidence;
import io.secpillar.report.ReportFixtures;
import io.secpillar.report.signing.KeyType;
import io.secpillar.report.signing.SigningCredentials;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PAdES B-T: a timestamp from a TSA on 127.0.0.1 lands in the signature, verifies, and a failing TSA stops the export. */
class TrustedTimeTest {

    @TempDir
    static Path dir;
    static Services services;
    static SigningCredentials credentials;
    static LocalTsa tsa;
    static final Instant NOW = Instant.now();

    @BeforeAll
    static void start() throws Exception {
        services = ReportFixtures.services(dir.resolve("data"));
        credentials = SigningFixtures.selfSigned(dir.resolve("data"), KeyType.EC_P256, NOW);
        tsa = new LocalTsa();
    }

    @AfterAll
    static void stop() {
        tsa.close();
        services.close();
    }

    static ExportResult export(Path out, Optional<TimestampAuthority> authority) {
        ReviewSnapshot s = ReportFixtures.demo(services);
        InMemoryEvidence evidence = new InMemoryEvidence(s.workload().id());
        evidence.addRun(120, 5, NOW.minusSeconds(3600));
        return new ReportExporter(InMemoryEvidence.mapping(), Clock.fixed(NOW, ZoneOffset.UTC), "test").export(
                new ExportRequest(s, ReportEvidence.load(Optional.of(evidence), s.workload().id(), InMemoryEvidence.CHECKS),
                        ReportSections.everything(Branding.defaults(), "Daniel Osei"), out, Optional.of(credentials),
                        "Review report", "Zürich", authority), Progress.NONE, () -> false);
    }

    @Test
    void theTimestampIsInsideTheSignatureAndVerifies() throws Exception {
        int before = tsa.requests();
        Path pdf = export(dir.resolve("stamped.pdf"), Optional.of(TimestampAuthority.at(tsa.url()))).file();
        assertThat(tsa.requests()).isEqualTo(before + 1);

        VerificationResult r = new PdfSignatureVerifier().verify(pdf);
        assertThat(r.problems()).isEmpty();
        assertThat(r.intact()).isTrue();
        assertThat(r.timestamp()).hasValueSatisfying(t -> {
            assertThat(t.time()).isEqualTo(LocalTsa.TIME);
            assertThat(t.authority()).contains("SecPillar Test TSA");
        });
        byte[] bytes = Files.readAllBytes(pdf);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            SignerInformation signer = new CMSSignedData(PdfSignatureVerifier.cmsPart(sig.getContents(bytes)))
                    .getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken))
                    .isNotNull();
        }
        assertThat(Pdfsig.run(pdf)).contains("Signature is Valid.").contains("Total document signed");
        assertThat(text(pdf)).contains("Trusted time").contains("127.0.0.1");
    }

    @Test
    void withoutATsaTheSignatureHasNoTimestamp() {
        Path pdf = export(dir.resolve("plain.pdf"), Optional.empty()).file();
        VerificationResult r = new PdfSignatureVerifier().verify(pdf);
        assertThat(r.intact()).isTrue();
        assertThat(r.timestamp()).isEmpty();
    }

    @Test
    void aRefusingTsaStopsTheExportWithItsReasonAndNoFile() {
        tsa.refuse(true);
        try {
            Path pdf = dir.resolve("refused.pdf");
            assertThatThrownBy(() -> export(pdf, Optional.of(TimestampAuthority.at(tsa.url()))))
                    .isInstanceOf(ReportExportException.class)
                    .hasMessageContaining("refused the request").hasMessageContaining("the test TSA refuses");
            assertThat(pdf).doesNotExist();
        } finally {
            tsa.refuse(false);
        }
    }

    @Test
    void anUnreachableTsaIsNamedAndNoFileIsWritten() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path pdf = dir.resolve("unreachable.pdf");
        assertThatThrownBy(() -> export(pdf, Optional.of(TimestampAuthority.at("http://127.0.0.1:" + port + "/tsa"))))
                .isInstanceOf(ReportExportException.class)
                .hasMessageContaining("could not be reached").hasMessageContaining("127.0.0.1:" + port);
        assertThat(pdf).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anAddressThatIsNotAnHttpUrlIsRefusedBeforeAnyWork() {
        assertThatThrownBy(() -> TimestampAuthority.at("ftp://tsa.example.com"))
                .isInstanceOf(ReportExportException.class).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> TimestampAuthority.at("not a url"))
                .isInstanceOf(ReportExportException.class).hasMessageContaining("is not a URL");
    }

    static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }
}
