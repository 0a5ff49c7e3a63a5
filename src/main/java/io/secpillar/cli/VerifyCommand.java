package io.secpillar.cli;

import io.secpillar.report.pdf.PdfSignatureVerifier;
import io.secpillar.report.pdf.VerificationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the signature of a report: intact or not, who signed, the certificate fingerprint and",
                "validity, and whether anything was added or changed after signing."},
        footer = {"", "Exit codes: 0 signed and intact, " + VerifyCommand.NOT_INTACT
                + " not intact (changed, broken or unsigned), 2 the file cannot be read."})
final class VerifyCommand implements Callable<Integer> {

    static final int NOT_INTACT = 3;

    @Parameters(paramLabel = "REPORT.pdf", description = "The signed report.")
    Path file;

    /** Accepted like every command's, though verifying reads only the report: scripts pass it to all commands. */
    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.isDirectory(file)) {
            throw new UserFacingException(file + " is a folder, not a report. Give the path of the PDF file.");
        }
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("No such file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new UserFacingException(file + " cannot be read (no permission).");
        }
        VerificationResult r = new PdfSignatureVerifier().verify(file);
        PrintWriter o = spec.commandLine().getOut();
        if (r.verdict() == VerificationResult.Verdict.UNREADABLE) {
            throw new UserFacingException(String.join(" ", r.problems()));
        }
        o.println(file.getFileName() + ": " + headline(r));
        if (r.verdict() == VerificationResult.Verdict.NOT_SIGNED) {
            return NOT_INTACT;
        }
        r.signer().ifPresent(s -> o.println("  Signed by:        " + s));
        r.signingTime().ifPresent(t -> o.println("  Signed at:        " + t));
        r.reason().filter(s -> !s.isBlank()).ifPresent(s -> o.println("  Reason:           " + s));
        r.location().filter(s -> !s.isBlank()).ifPresent(s -> o.println("  Location:         " + s));
        r.fingerprintSha256().ifPresent(f -> o.println("  Certificate:      SHA-256 " + f));
        if (r.validFrom().isPresent() && r.validTo().isPresent()) {
            o.println("  Valid:            " + r.validFrom().get() + " to " + r.validTo().get()
                    + (r.selfSigned() ? " (self-signed: compare the fingerprint with the issuer's)" : ""));
        }
        r.subFilter().ifPresent(s -> o.println("  Signature type:   " + s));
        o.println("  Signature:        " + (r.signatureValid() ? "valid, the signed bytes are unchanged" : "NOT valid"));
        o.println("  After signing:    " + (r.coversWholeFile() ? "nothing added (the signature covers the whole file)"
                : "content was ADDED after signing"));
        r.docMdpPermission().ifPresent(p -> o.println("  Certification:    "
                + (p == 1 ? "no changes permitted" : "changes of level " + p + " permitted")));
        r.problems().forEach(p -> o.println("  Problem:          " + p));
        return r.intact() ? 0 : NOT_INTACT;
    }

    private static String headline(VerificationResult r) {
        return switch (r.verdict()) {
            case INTACT -> "INTACT. Signed, and nothing was changed or added since.";
            case CHANGED_AFTER_SIGNING -> "NOT INTACT. Something was added after signing.";
            case BROKEN -> "NOT INTACT. The signed content was altered or the signature is invalid.";
            case NOT_SIGNED -> "NOT SIGNED. Nothing proves this document is unchanged.";
            case UNREADABLE -> "UNREADABLE.";
        };
    }
}
