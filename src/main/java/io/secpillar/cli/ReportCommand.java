package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.report.ReportOptions;
import io.secpillar.report.pdf.ExportRequest;
import io.secpillar.report.pdf.ExportResult;
import io.secpillar.report.pdf.LogoImage;
import io.secpillar.report.pdf.Progress;
import io.secpillar.report.pdf.ReportExportException;
import io.secpillar.report.pdf.ReportKit;
import io.secpillar.report.pdf.ReportSections;
import io.secpillar.report.pdf.TimestampAuthority;
import io.secpillar.report.signing.Certificates;
import io.secpillar.report.signing.KeystoreLoader;
import io.secpillar.report.signing.SigningCredentials;
import io.secpillar.report.signing.SigningKeyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Export the review of a workload as a PDF report, optionally signed.",
                "The keystore password comes from $" + KeystorePassword.ENV + " or is asked for; never an argument."},
        footer = {"", "Examples:",
                "  secpillar report --workload \"Claims Portal\" --out claims-review.pdf",
                "  secpillar report --workload 3 --out review.pdf --sign consultant.p12 --alias signer",
                "  secpillar report --workload 3 --out review.pdf --self-signed",
                "  secpillar report --workload 3 --out review.pdf --self-signed --tsa http://timestamp.example.com/tsa",
                "  secpillar report --workload 3 --out board-copy.pdf --mask"})
final class ReportCommand implements Callable<Integer> {

    /** The values --sections accepts: the ids of the report's sections, in the report's order. */
    static final class SectionIds implements Iterable<String>, CommandLine.ITypeConverter<String> {

        @Override
        public Iterator<String> iterator() {
            return ReportSections.ids().iterator();
        }

        @Override
        public String convert(String value) {
            if (ReportSections.byId(value).isEmpty()) {
                throw new CommandLine.TypeConversionException("expected one of " + ReportSections.ids()
                        + " (case-sensitive) but was '" + value + "'");
            }
            return value;
        }
    }

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--workload", required = true, paramLabel = "NAME|ID", description = "The workload, by id or exact name.")
    String workload;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the PDF.")
    Path out;

    @Option(names = "--sign", paramLabel = "KEYSTORE.p12", description = "Sign with the key in this PKCS#12 keystore.")
    Path keystore;

    @Option(names = "--alias", paramLabel = "A", description = "The keystore entry to sign with (needed when it holds several keys).")
    String alias;

    @Option(names = "--self-signed", description = "Sign with the workbench's self-signed certificate in the data directory.")
    boolean selfSigned;

    @Option(names = "--sections", split = ",", paramLabel = "S", completionCandidates = SectionIds.class,
            converter = SectionIds.class, description = "Sections to include: ${COMPLETION-CANDIDATES} (default: all).")
    List<String> sections;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Reason stamped in the signature.")
    String reason;

    @Option(names = "--location", paramLabel = "TEXT", description = "Location stamped in the signature, e.g. the city.")
    String location;

    @Option(names = "--tsa", paramLabel = "URL", description = {"Add a trusted time to the signature: an RFC 3161 "
            + "timestamp from this timestamp authority (PAdES B-T). Only a digest of the signature is sent.",
            "Without it, signing works offline."})
    String tsa;

    @Option(names = "--mask", description = "Mask account ids and resource names (1111••••3333, arn:aws:s3:::vel•••) "
            + "in the pages and in the data inside the PDF: the copy for a board or an insurer.")
    boolean mask;

    @Spec
    CommandSpec spec;

    /** Where the password comes from; replaceable so tests need neither a terminal nor a real environment. */
    Function<String, String> env;
    KeystorePassword.Prompt prompt;

    ReportCommand() {
        this(System::getenv, KeystorePassword.CONSOLE);
    }

    ReportCommand(Function<String, String> env, KeystorePassword.Prompt prompt) {
        this.env = env;
        this.prompt = prompt;
    }

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        if (keystore != null && selfSigned) {
            throw new UserFacingException("Choose one way to sign: --sign KEYSTORE or --self-signed.");
        }
        if (tsa != null && keystore == null && !selfSigned) {
            throw new UserFacingException("--tsa adds a timestamp to the signature: sign too, with --sign KEYSTORE "
                    + "or --self-signed.");
        }
        try (Services services = Services.open(dataDir.resolve(), Clock.systemUTC())) {
            ReportKit kit = services.reportKit();
            Workload w = services.reviews().findByIdOrName(workload).orElseThrow(() -> new UserFacingException(
                    "No workload \"" + workload + "\" (by id or exact name). List them with: secpillar workloads"));
            Optional<TimestampAuthority> authority = tsa == null ? Optional.empty()
                    : Optional.of(TimestampAuthority.at(tsa));
            Optional<SigningCredentials> signer = credentials(kit, services.reviews().clock());
            ReviewSnapshot snapshot = services.reviews().open(w.id());
            kit.branding().load().logoFile().flatMap(LogoImage::problem).ifPresent(p -> spec.commandLine().getErr()
                    .println("warning: " + p + " The report is made without a logo."));
            String issuedBy = signer.map(c -> Certificates.commonName(c.certificate())).orElse(services.reviewerName());
            Set<String> chosen = Set.copyOf(sections == null || sections.isEmpty() ? ReportSections.ids() : sections);
            ExportResult result = kit.exporter().export(new ExportRequest(snapshot, kit.evidenceFor(w.id()),
                    new ReportOptions(chosen, kit.branding().load(), issuedBy, mask), out, signer, reason, location,
                    authority),
                    Progress.NONE, () -> false);
            o.printf("Wrote %s: %d pages, %,d bytes.%n", result.file(), result.pages(), result.bytes());
            if (mask) {
                o.println("Account ids and resource names are masked in the pages and in the data inside the PDF.");
            }
            result.signedWithFingerprint().ifPresentOrElse(
                    f -> o.printf("Signed by %s; certificate SHA-256 %s%s%n", issuedBy, f,
                            authority.map(t -> "; timestamped by " + t.url().getHost()).orElse("")),
                    () -> o.println("Not signed. Add --sign KEYSTORE.p12 or --self-signed to sign it."));
            return 0;
        } catch (SigningKeyException | ReportExportException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    private Optional<SigningCredentials> credentials(ReportKit kit, Clock clock) {
        if (keystore == null && !selfSigned) {
            return Optional.empty();
        }
        char[] password = KeystorePassword.obtain(env, prompt, "Keystore password: ");
        try {
            if (selfSigned) {
                return Optional.of(kit.selfSigned().load(password, clock.instant()));
            }
            return Optional.of(KeystoreLoader.load(keystore, Optional.ofNullable(alias), password, clock.instant()));
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
