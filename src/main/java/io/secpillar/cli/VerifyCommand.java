package io.secpillar.cli;

import io.secpillar.report.pdf.PdfSignatureVerifier;
import io.secpillar.report.pdf.VerificationResult;
import picocli.CommandLine.Command;
import io.secpillar.report.pdf.AttachedFile;
import io.secpillar.report.pdf.ReportAttachments;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check the signature of a report: intact or not, who signed, the certificate fingerprint and",
                "validity, the trusted timestamp, whether anything was added or changed after signing, and the",
                "files the report carries inside it. The review's data and the evidence results can be taken out",
                "of an intact report."},
        footer = {"", "Exit codes: 0 signed and intact, " + VerifyCommand.NOT_INTACT
                + " not intact (changed, broken or unsigned), 2 the file cannot be read."})
final class VerifyCommand implements Callable<Integer> {

    static final int NOT_INTACT = 3;

    @Parameters(paramLabel = "REPORT.pdf", description = "The signed report.")
    Path file;

    @Option(names = "--extract-data", paramLabel = "FILE.json",
            description = "Write the review's data carried inside the report (" + AttachedFile.DATA_JSON + ") to FILE; only from an intact report.")
    Path extractData;

    @Option(names = "--extract-results", paramLabel = "FILE.csv",
            description = "Write every evidence result carried inside the report (" + AttachedFile.RESULTS_CSV + ") to FILE; only from an intact report.")
    Path extractResults;

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
        r.subFilter().ifPresent(s -> o.println("  Signature type:   " + s
                + (r.timestamp().isPresent() ? " with an RFC 3161 timestamp (PAdES B-T)" : "")));
        o.println("  Trusted time:     " + r.timestamp().map(t -> t.time() + " from the timestamp authority "
                + t.authority()).orElse("none (the signing time is the signer's clock)"));
        o.println("  Signature:        " + (r.signatureValid() ? "valid, the signed bytes are unchanged" : "NOT valid"));
        o.println("  After signing:    " + (r.coversWholeFile() ? "nothing added (the signature covers the whole file)"
                : "content was ADDED after signing"));
        r.docMdpPermission().ifPresent(p -> o.println("  Certification:    "
                + (p == 1 ? "no changes permitted" : "changes of level " + p + " permitted")));
        r.problems().forEach(p -> o.println("  Problem:          " + p));
        List<AttachedFile> files = ReportAttachments.read(file);
        for (AttachedFile f : files) {
            o.printf("  Embedded file:    %s (%s, %,d bytes, %s)%s%n", f.name(), f.mimeType(), f.bytes().length,
                    f.relationship(), r.intact() ? ", covered by the signature" : "");
        }
        if (extractData == null && extractResults == null) {
            return r.intact() ? 0 : NOT_INTACT;
        }
        if (!r.intact()) {
            spec.commandLine().getErr().println("Nothing extracted: the report is not intact, so its data cannot be "
                    + "relied on. Ask the issuer for the signed original.");
            return NOT_INTACT;
        }
        extract(files, AttachedFile.DATA_JSON, extractData, o);
        extract(files, AttachedFile.RESULTS_CSV, extractResults, o);
        return 0;
    }

    private static void extract(List<AttachedFile> files, String name, Path target, PrintWriter o) {
        if (target == null) {
            return;
        }
        AttachedFile f = ReportAttachments.named(files, name).orElseThrow(() -> new UserFacingException(
                "The report carries no " + name + " (made by an older version, or without an evidence run)."));
        Path out = target.toAbsolutePath().normalize();
        if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
            throw new UserFacingException("Cannot write " + out + ": the folder does not exist.");
        }
        try {
            Path tmp = Files.createTempFile(out.getParent(), "." + out.getFileName(), ".part");
            try {
                Files.write(tmp, f.bytes());
                Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UserFacingException("Cannot write " + out + ": " + e.getMessage(), e);
        }
        o.printf("Extracted %s to %s (%,d bytes).%n", name, out, f.bytes().length);
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
