package io.secpillar.report.pdf;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.report.Branding;
import io.secpillar.report.InMemoryEvidence;
import io.secpillar.report.ReportEvidence;
import io.secpillar.report.ReportFixtures;
import io.secpillar.report.signing.Certificates;
import io.secpillar.report.signing.KeyType;
import io.secpillar.report.signing.SigningCredentials;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed report verifies in our verifier and in poppler's pdfsig; tampering and appending are caught by both. */
class SignedReportTest {

    @TempDir
    static Path dir;
    static Path signed;
    static SigningCredentials credentials;
    static final Instant NOW = Instant.now();

    @BeforeAll
    static void export() {
        try (Services services = ReportFixtures.services(dir.resolve("data"))) {
            credentials = SigningFixtures.selfSigned(dir.resolve("data"), KeyType.RSA_3072, NOW);
            signed = export(services, credentials, dir.resolve("signed.pdf"));
        }
    }

    static Path export(Services services, SigningCredentials creds, Path out) {
        ReviewSnapshot s = ReportFixtures.demo(services);
        InMemoryEvidence evidence = new InMemoryEvidence(s.workload().id());
        evidence.addRun(300, 5, NOW.minusSeconds(3600));
        ReportExporter exporter = new ReportExporter(InMemoryEvidence.mapping(), Clock.fixed(NOW, ZoneOffset.UTC), "test");
        exporter.export(new ExportRequest(s, ReportEvidence.load(Optional.of(evidence), s.workload().id(),
                InMemoryEvidence.CHECKS), ReportSections.everything(Branding.defaults(), "Daniel Osei"), out,
                Optional.of(creds), "Review report", "Zürich"), Progress.NONE, () -> false);
        return out;
    }

    @Test
    void ourVerifierFindsItIntactWithSignerFingerprintAndCertification() {
        VerificationResult r = new PdfSignatureVerifier().verify(signed);
        assertThat(r.problems()).isEmpty();
        assertThat(r.verdict()).isEqualTo(VerificationResult.Verdict.INTACT);
        assertThat(r.commonName()).contains("Daniel Osei");
        assertThat(r.fingerprintSha256()).contains(Certificates.fingerprintSha256(credentials.certificate()));
        assertThat(r.subFilter()).contains("ETSI.CAdES.detached");
        assertThat(r.docMdpPermission()).contains(1);
        assertThat(r.coversWholeFile()).isTrue();
        assertThat(r.reason()).contains("Review report");
        assertThat(r.location()).contains("Zürich");
        assertThat(r.selfSigned()).isTrue();
        assertThat(r.validTo()).hasValueSatisfying(t -> assertThat(t).isAfter(NOW));
    }

    @Test
    void pdfsigSaysValidAndTotalDocumentSigned() throws Exception {
        String out = Pdfsig.run(signed);
        assertThat(out).contains("Signature Validation: Signature is Valid.")
                .contains("Total document signed")
                .contains("Signature Type: ETSI.CAdES.detached")
                .contains("Signer Certificate Common Name: Daniel Osei");
    }

    @Test
    void cmsHasEssSigningCertificateV2AndNoSigningTime() throws Exception {
        byte[] bytes = Files.readAllBytes(signed);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            CMSSignedData cms = new CMSSignedData(PdfSignatureVerifier.cmsPart(sig.getContents(bytes)));
            SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
            AttributeTable attrs = si.getSignedAttributes();
            assertThat(attrs.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(attrs.get(CMSAttributes.signingTime)).isNull();
            assertThat(cms.getCertificates().getMatches(si.getSID())).hasSize(1);
            assertThat(sig.getSignDate()).isNotNull();
            COSDictionary perms = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
            assertThat(perms).isNotNull();
            assertThat(perms.getDictionaryObject(COSName.DOCMDP)).isSameAs(sig.getCOSObject());
        }
    }

    @Test
    void visibleWidgetSitsOnTheLastPageOverTheSignatureBlock() throws Exception {
        try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
            PDSignatureField field = doc.getSignatureFields().get(0);
            var widget = field.getWidgets().get(0);
            assertThat(widget.getRectangle().getWidth()).isGreaterThan(300);
            assertThat(widget.getRectangle().getHeight()).isGreaterThan(100);
            var last = doc.getPage(doc.getNumberOfPages() - 1);
            assertThat(last.getAnnotations()).anyMatch(a -> a.getCOSObject() == widget.getCOSObject());
            String text = new org.apache.pdfbox.text.PDFTextStripper() {{
                setStartPage(doc.getNumberOfPages());
            }}.getText(doc);
            assertThat(text).contains("Digitally signed").contains("Daniel Osei")
                    .contains(Certificates.fingerprintSha256(credentials.certificate()).substring(0, 20));
        }
    }

    @Test
    void oneChangedByteInsideTheSignedRangeIsDetectedByBoth() throws Exception {
        byte[] bytes = Files.readAllBytes(signed);
        // a byte inside the first content stream after the first kilobyte: well inside the signed range
        int at = indexOf(bytes, "stream".getBytes(), 1024) + 40;
        int[] range;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            range = doc.getLastSignatureDictionary().getByteRange();
        }
        assertThat(at).isGreaterThan(1024).isLessThan(range[1]);
        bytes[at] = (byte) (bytes[at] ^ 0x01);
        Path tampered = dir.resolve("tampered.pdf");
        Files.write(tampered, bytes);

        VerificationResult r = new PdfSignatureVerifier().verify(tampered);
        assertThat(r.intact()).isFalse();
        assertThat(r.verdict()).isEqualTo(VerificationResult.Verdict.BROKEN);
        assertThat(String.join(" ", r.problems())).contains("changed after signing");
        assertThat(Pdfsig.run(tampered)).doesNotContain("Signature is Valid.").contains("Digest Mismatch");
    }

    @Test
    void anIncrementalUpdateAppendedAfterSigningIsDetectedByBoth() throws Exception {
        Path appended = dir.resolve("appended.pdf");
        try (PDDocument doc = Loader.loadPDF(signed.toFile());
             var out = Files.newOutputStream(appended)) {
            doc.getDocumentInformation().setTitle("Altered after signing");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            doc.saveIncremental(out);
        }
        assertThat(Files.size(appended)).isGreaterThan(Files.size(signed));

        VerificationResult r = new PdfSignatureVerifier().verify(appended);
        assertThat(r.signatureValid()).isTrue();
        assertThat(r.coversWholeFile()).isFalse();
        assertThat(r.verdict()).isEqualTo(VerificationResult.Verdict.CHANGED_AFTER_SIGNING);
        assertThat(r.intact()).isFalse();
        assertThat(Pdfsig.run(appended)).doesNotContain("Total document signed");
    }

    @ParameterizedTest
    @EnumSource(KeyType.class)
    void bothKeyTypesSignAndVerify(KeyType type) throws Exception {
        Path data = dir.resolve("keys-" + type);
        try (Services services = ReportFixtures.services(data)) {
            SigningCredentials c = SigningFixtures.selfSigned(data, type, NOW);
            Path out = export(services, c, dir.resolve("signed-" + type + ".pdf"));
            assertThat(new PdfSignatureVerifier().verify(out).intact()).isTrue();
            assertThat(Pdfsig.run(out)).contains("Signature is Valid.").contains("Total document signed");
        }
    }

    @Test
    void anUnsignedFileIsReportedAsNotSigned() throws Exception {
        Path plain = dir.resolve("plain.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(plain.toFile());
        }
        assertThat(new PdfSignatureVerifier().verify(plain).verdict()).isEqualTo(VerificationResult.Verdict.NOT_SIGNED);
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
