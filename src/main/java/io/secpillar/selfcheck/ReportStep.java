package io.secpillar.selfcheck;

import io.secpillar.app.Services;
import io.secpillar.assessment.Workload;
import io.secpillar.report.ReportOptions;
import io.secpillar.report.pdf.ExportRequest;
import io.secpillar.report.pdf.ExportResult;
import io.secpillar.report.pdf.PdfSignatureVerifier;
import io.secpillar.report.pdf.Progress;
import io.secpillar.report.pdf.ReportKit;
import io.secpillar.report.pdf.VerificationResult;
import io.secpillar.report.signing.KeyType;
import io.secpillar.report.signing.SelfSignedCertificate;
import io.secpillar.report.signing.SigningCredentials;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * The report path end to end on the self-check's workload: the cover alone rendered by PDFBox with the bundled
 * font, signed (PAdES, Bouncy Castle) with a throw-away key made for the purpose, and verified as a client would.
 */
final class ReportStep implements SelfCheck.Step {

    private static final char[] THROW_AWAY = "self-check only, never stored".toCharArray();

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String run(Path scratch) {
        Path keys = scratch.resolve("keys");
        Path pdf = scratch.resolve("self-check.pdf");
        Clock clock = Clock.systemUTC();
        SelfSignedCertificate certificate = new SelfSignedCertificate(keys);
        certificate.create("SecPillar self-check", Optional.empty(), KeyType.EC_P256, THROW_AWAY.clone(),
                clock.instant(), true);
        SigningCredentials signer = certificate.load(THROW_AWAY.clone(), clock.instant());
        try (Services services = Services.open(StoreStep.dataDir(scratch), clock)) {
            Workload w = services.reviews().findByIdOrName(StoreStep.WORKLOAD).orElseThrow(() ->
                    new IllegalStateException("the database step left no workload to report on"));
            ReportKit kit = services.reportKit();
            ExportResult result = kit.exporter().export(new ExportRequest(services.reviews().open(w.id()),
                    kit.evidenceFor(w.id()), new ReportOptions(Set.of(), kit.branding().load(), "SecPillar self-check"),
                    pdf, Optional.of(signer), "self-check", ""), Progress.NONE, () -> false);
            VerificationResult verified = new PdfSignatureVerifier().verify(pdf);
            if (!verified.intact()) {
                throw new IllegalStateException("the signed report does not verify: " + verified.verdict() + " "
                        + verified.problems());
            }
            return String.format("%d-page PDF rendered (%,d bytes), signed with a throw-away %s key, verified %s",
                    result.pages(), result.bytes(), KeyType.EC_P256.label(), verified.verdict());
        }
    }
}
