package io.secpillar.cli;

import io.secpillar.app.Services;
import io.secpillar.report.signing.TestKeystores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The report and verify commands end to end, on a real data directory, including every unhappy path. */
class ReportCommandTest {

    @TempDir
    static Path data;
    @TempDir
    Path out;

    static final String PASSWORD = "s3cret-keystore";

    record Run(int code, String out, String err) { }

    @BeforeAll
    static void demo() {
        try (Services services = Services.open(data, Clock.systemUTC())) {
            services.demo().openOrCreate();
        }
    }

    static Run run(Map<String, String> env, Optional<char[]> typed, String... args) {
        CommandLine cl = SecPillarCommand.commandLine(dir -> 0);
        ReportCommand report = (ReportCommand) cl.getSubcommands().get("report").getCommand();
        report.env = env::get;
        report.prompt = question -> typed.map(char[]::clone);
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        int code = cl.execute(args);
        return new Run(code, o.toString(), e.toString());
    }

    Run report(Map<String, String> env, String... extra) {
        String[] base = {"report", "--data-dir", data.toString(), "--workload", "Claims Portal"};
        return run(env, Optional.empty(), Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
    }

    @Test
    void sectionsAreNamedAsBeforeAndAnUnknownOneIsRefused() {
        Run help = run(Map.of(), Optional.empty(), "report", "--help");
        assertThat(help.out()).contains("Sections to include: summary, accounts, questions,")
                .contains("plan, appendix (default: all).");
        Run bogus = report(Map.of(), "--out", out.resolve("x.pdf").toString(), "--sections", "summary,bogus");
        assertThat(bogus.code()).isEqualTo(2);
        assertThat(bogus.err()).startsWith("Invalid value for option '--sections' (S): expected one of "
                + "[summary, accounts, questions, plan, appendix] (case-sensitive) but was 'bogus'");
        assertThat(out.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void unsignedReportIsWrittenAndVerifyCallsItNotSigned() {
        Path pdf = out.resolve("claims.pdf");
        Run r = report(Map.of(), "--out", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Wrote").contains("pages").contains("Not signed");
        assertThat(pdf).isRegularFile();
        Run v = run(Map.of(), Optional.empty(), "verify", pdf.toString());
        assertThat(v.code()).isEqualTo(VerifyCommand.NOT_INTACT);
        assertThat(v.out()).contains("NOT SIGNED");
    }

    @Test
    void signedWithAKeystoreFromThePromptVerifiesIntact() throws Exception {
        Path p12 = TestKeystores.withKey(out.resolve("consultant.p12"), PASSWORD.toCharArray(), "signer",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(300)));
        Path pdf = out.resolve("signed.pdf");
        Run r = run(Map.of(), Optional.of(PASSWORD.toCharArray()), "report", "--data-dir", data.toString(),
                "--workload", "1", "--out", pdf.toString(), "--sign", p12.toString(), "--alias", "signer",
                "--location", "Basel");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Signed by signer").contains("SHA-256");
        Run v = run(Map.of(), Optional.empty(), "verify", pdf.toString());
        assertThat(v.code()).as(v.out()).isZero();
        assertThat(v.out()).contains("INTACT").contains("CN=signer").contains("no changes permitted")
                .contains("nothing added").contains("Basel");
    }

    static Run certificate(Map<String, String> env, String... args) {
        CommandLine cl = SecPillarCommand.commandLine(dir -> 0);
        SigningCertificateCommand cmd = (SigningCertificateCommand) cl.getSubcommands().get("signing-certificate").getCommand();
        cmd.env = env::get;
        cmd.prompt = question -> Optional.empty();
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        cl.setOut(new PrintWriter(o, true));
        cl.setErr(new PrintWriter(e, true));
        int code = cl.execute(Stream.concat(Stream.of("signing-certificate", "--data-dir", data.toString()),
                Stream.of(args)).toArray(String[]::new));
        return new Run(code, o.toString(), e.toString());
    }

    @Test
    void selfSignedFromTheEnvironmentVariable() throws Exception {
        Run created = certificate(Map.of(KeystorePassword.ENV, PASSWORD), "--create", "--replace", "--name",
                "Daniel Osei", "--organisation", "Northwind", "--key-type", "EC_P256", "--export",
                out.resolve("northwind.pem").toString());
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("CN=Daniel Osei").contains("SHA-256:");
        assertThat(Files.readString(out.resolve("northwind.pem"))).startsWith("-----BEGIN CERTIFICATE-----");
        Run again = certificate(Map.of(KeystorePassword.ENV, PASSWORD), "--create", "--name", "Someone Else");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("exists already");
        Files.delete(out.resolve("northwind.pem"));
        Path pdf = out.resolve("self.pdf");
        Run r = report(Map.of(KeystorePassword.ENV, PASSWORD), "--out", pdf.toString(), "--self-signed",
                "--sections", "summary,plan");
        assertThat(r.code()).as(r.err()).isZero();
        Run v = run(Map.of(), Optional.empty(), "verify", pdf.toString());
        assertThat(v.code()).isZero();
        assertThat(v.out()).contains("Daniel Osei").contains("self-signed");
    }

    @Test
    void wrongPasswordSaysSoAndLeavesNoFile() throws Exception {
        Path p12 = TestKeystores.withKey(out.resolve("k.p12"), PASSWORD.toCharArray(), "signer",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
        assertRefused(report(Map.of(KeystorePassword.ENV, "not-the-password"), "--out", out.resolve("r.pdf").toString(),
                "--sign", p12.toString()), "password is wrong");
    }

    @Test
    void expiredCertificateIsRefused() throws Exception {
        Path p12 = TestKeystores.withKey(out.resolve("old.p12"), PASSWORD.toCharArray(), "signer",
                Instant.now().minus(Duration.ofDays(800)), Instant.now().minus(Duration.ofDays(35)));
        assertRefused(report(Map.of(KeystorePassword.ENV, PASSWORD), "--out", out.resolve("r.pdf").toString(),
                "--sign", p12.toString()), "expired");
    }

    @Test
    void keystoreWithoutPrivateKeyIsRefused() throws Exception {
        Path p12 = TestKeystores.certificateOnly(out.resolve("ca.p12"), PASSWORD.toCharArray(),
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
        assertRefused(report(Map.of(KeystorePassword.ENV, PASSWORD), "--out", out.resolve("r.pdf").toString(),
                "--sign", p12.toString()), "holds no private key");
        assertRefused(report(Map.of(KeystorePassword.ENV, PASSWORD), "--out", out.resolve("r.pdf").toString(),
                "--sign", p12.toString(), "--alias", "client-ca"), "no private key");
    }

    @Test
    void unknownAliasIsRefused() throws Exception {
        Path p12 = TestKeystores.withKey(out.resolve("k.p12"), PASSWORD.toCharArray(), "signer",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
        assertRefused(report(Map.of(KeystorePassword.ENV, PASSWORD), "--out", out.resolve("r.pdf").toString(),
                "--sign", p12.toString(), "--alias", "nobody"), "has no entry \"nobody\"");
    }

    @Test
    void missingPasswordWithoutTerminalIsExplained() throws Exception {
        Path p12 = TestKeystores.withKey(out.resolve("k.p12"), PASSWORD.toCharArray(), "signer",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(30)));
        assertRefused(report(Map.of(), "--out", out.resolve("r.pdf").toString(), "--sign", p12.toString()),
                KeystorePassword.ENV);
    }

    @Test
    void unwritableOutputPathsAreRefused() throws Exception {
        Path file = Files.writeString(out.resolve("not-a-folder"), "x");
        assertRefused(report(Map.of(), "--out", file.resolve("r.pdf").toString()), "does not exist");
        assertRefused(report(Map.of(), "--out", out.resolve("missing/r.pdf").toString()), "does not exist");
        Files.createDirectories(out.resolve("a-folder.pdf"));
        Run r = report(Map.of(), "--out", out.resolve("a-folder.pdf").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("that is a folder");
    }

    @Test
    void unknownWorkloadIsRefused() {
        Run r = run(Map.of(), Optional.empty(), "report", "--data-dir", data.toString(), "--workload", "Nope",
                "--out", out.resolve("r.pdf").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("No workload \"Nope\"");
        assertThat(out.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void verifyOfATamperedReportExitsNonZero() throws Exception {
        Path pdf = out.resolve("t.pdf");
        try (Services services = Services.open(data, Clock.systemUTC())) {
            new io.secpillar.report.signing.SelfSignedCertificate(data).create("Daniel Osei", Optional.empty(),
                    io.secpillar.report.signing.KeyType.EC_P256, PASSWORD.toCharArray(), Instant.now(), true);
        }
        assertThat(report(Map.of(KeystorePassword.ENV, PASSWORD), "--out", pdf.toString(), "--self-signed").code())
                .isZero();
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 3] ^= 0x20;
        Files.write(pdf, bytes);
        Run v = run(Map.of(), Optional.empty(), "verify", pdf.toString());
        assertThat(v.code()).isNotZero();
        assertThat(v.out() + v.err()).containsAnyOf("NOT INTACT", "cannot be read");
    }

    private void assertRefused(Run r, String message) throws Exception {
        assertThat(r.code()).as(r.out()).isEqualTo(2);
        assertThat(r.err()).contains(message);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".pdf") && !n.equals("a-folder.pdf"))
                    .noneMatch(n -> n.endsWith(".part"));
        }
    }
}
