package io.secpillar.cli;

import io.secpillar.app.CatalogScanner;
import io.secpillar.app.Services;
import io.secpillar.evidence.aws.AwsClientSettings;
import io.secpillar.evidence.aws.AwsConfigLocations;
import io.secpillar.evidence.aws.DefaultAwsAccess;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.report.signing.TestKeystores;
import io.secpillar.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input a tired consultant or an attacker would give, each through the real command line: every one must end
 * with one clear sentence and the documented exit code (2 cannot run, 3 not valid), never a stack trace. The
 * table of what was tried and said is written to target/bad-inputs.md.
 */
class BadInputsTest {

    @TempDir
    Path dir;

    record Tried(String input, String command, int expected, String mustSay, int code, String said) { }

    private final List<Tried> tried = new ArrayList<>();

    private void tryIt(String input, int expected, String mustSay, String... args) {
        tryIt(input, expected, mustSay, () -> SecPillarCommand.commandLine(d -> {
            throw new AssertionError("no window");
        }), args);
    }

    private void tryIt(String input, int expected, String mustSay, Supplier<CommandLine> commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = commandLine.get();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        String text = (err.toString().isBlank() ? out.toString() : err.toString()).strip();
        String first = text.lines().findFirst().orElse("");
        String name = cl.getCommandName().equals("secpillar") ? "" : cl.getCommandName() + " ";
        tried.add(new Tried(input, (name + String.join(" ", args)).replace(dir.toString(), "…"), expected, mustSay, code,
                first.replace(dir.toString(), "…")));
        boolean ok = code == expected && text.contains(mustSay) && !err.toString().contains("\tat ")
                && !err.toString().contains("Exception:");
        if (!ok) {
            problems.add(input + ": exit " + code + " (wanted " + expected + "), said: " + text.lines().limit(3).toList());
        }
    }

    private final List<String> problems = new ArrayList<>();

    @Test
    void everyBadInputGetsASentenceAndTheDocumentedExitCode() throws Exception {
        Path data = dir.resolve("data");
        try (Services services = Services.open(data, Clock.systemUTC())) {
            services.demo().create();
        }
        String d = data.toString();

        // command line itself
        tryIt("unknown option", 2, "Unknown option", "workloads", "--bogus");
        tryIt("unknown command", 2, "Unmatched argument", "frobnicate");
        tryIt("--concurrency out of range", 2, "--concurrency must be between 1 and 256", "scan", "--data-dir", d,
                "--profile", "p", "--regions", "eu-west-1", "--out", dir.resolve("o.json").toString(), "--concurrency", "0");
        tryIt("--out in a folder that does not exist", 2, "its folder does not exist", "scan", "--data-dir", d,
                "--profile", "p", "--regions", "eu-west-1", "--out", dir.resolve("nowhere/o.json").toString());

        // data directory and store
        Path aFile = Files.writeString(dir.resolve("plain-file"), "x");
        tryIt("--data-dir under a plain file", 2, "Cannot create the data directory", "workloads", "--data-dir",
                aFile.resolve("sub").toString());
        tryIt("garbage instead of a database", 2, "Restore from a backup", "runs", "--data-dir", garbageStore().toString());
        Path overEvidence = damagedOver(data, "arn:aws:cloudtrail", "evidence");
        tryIt("4 KB of random bytes over the stored evidence" + at(overEvidence), 2, "Restore from a backup", "runs",
                "--data-dir", overEvidence.toString());
        Path overLens = damagedOver(data, "sec_securely_operate_multi_accounts", "lens");
        tryIt("4 KB of random bytes over the stored lens" + at(overLens), 2, "Restore from a backup", "workloads",
                "--data-dir", overLens.toString());
        tryIt("an evidence result changed inside the file", 2, "Restore from a backup", "runs", "--data-dir",
                tampered(data, "UPDATE evidence_result SET status = 'PASS' WHERE id = (SELECT MAX(id) FROM evidence_result)").toString());
        tryIt("the stored lens edition changed", 2, "Restore from a backup", "report", "--data-dir",
                tampered(data, "UPDATE lens SET lens_json = REPLACE(lens_json, 'Security', 'Securxty')").toString(),
                "--workload", "1", "--out", dir.resolve("r.pdf").toString());
        tryIt("read-only database file", 2, "is read-only", "workloads", "--data-dir", readOnlyCopy(data).toString());
        tryIt("database from a newer version", 2, "newer version", "workloads", "--data-dir", newerCopy(data).toString());
        try (Database held = Database.open(data)) {
            tryIt("a second workbench on the same directory", 2, "already using", "workloads", "--data-dir", d);
        }

        // AWS profiles
        Path garbageConfig = Files.write(dir.resolve("garbage-config"), randomBytes(400, 5));
        tryIt("garbage bytes in the AWS config file", 2, "is not valid", () -> scan(garbageConfig, Duration.ofSeconds(60)),
                "--data-dir", d, "--profile", "x", "--regions", "eu-west-1", "--out", dir.resolve("s.json").toString());
        Path config = Files.writeString(dir.resolve("config"), "[profile known]\nregion = eu-west-1\n"
                + "[profile hangs]\ncredential_process = /bin/sh -c 'sleep 100000'\nregion = eu-west-1\n"
                + "endpoint_url = http://127.0.0.1:9\n");
        tryIt("unknown AWS profile", 2, "Unknown AWS profile nope", () -> scan(config, Duration.ofSeconds(60)),
                "--data-dir", d, "--profile", "nope", "--regions", "eu-west-1", "--out", dir.resolve("s.json").toString());
        tryIt("only nonsense region names", 2, "None of the regions given is a valid AWS region name",
                () -> scan(config, Duration.ofSeconds(60)), "--data-dir", d, "--profile", "known", "--regions",
                "mars-north-1x,;rm -rf", "--out", dir.resolve("s.json").toString());
        tryIt("credential_process that never answers", 2, "sh did not answer within 1 s, so it was stopped",
                () -> scan(config, Duration.ofSeconds(1)), "--data-dir", d, "--profile", "hangs", "--regions", "eu-west-1",
                "--out", dir.resolve("s.json").toString());
        tryIt("unknown workload for a scan", 2, "No workload \"Nope\"", () -> scan(config, Duration.ofSeconds(60)),
                "--data-dir", d, "--profile", "known", "--regions", "eu-west-1", "--workload", "Nope",
                "--out", dir.resolve("s.json").toString());

        // report and signing
        tryIt("unknown workload for a report", 2, "No workload \"Nope\"", "report", "--data-dir", d, "--workload", "Nope",
                "--out", dir.resolve("r.pdf").toString());
        tryIt("keystore that does not exist", 2, "does not exist", () -> report("pw"), "--data-dir", d, "--workload", "1",
                "--out", dir.resolve("r.pdf").toString(), "--sign", dir.resolve("none.p12").toString());
        Path garbageP12 = Files.write(dir.resolve("garbage.p12"), randomBytes(2000, 7));
        tryIt("random bytes as a keystore", 2, "is not a PKCS#12 keystore", () -> report("pw"), "--data-dir", d,
                "--workload", "1", "--out", dir.resolve("r.pdf").toString(), "--sign", garbageP12.toString());
        Path p12 = TestKeystores.withKey(dir.resolve("good.p12"), "right-password".toCharArray(), "signer",
                Instant.now().minus(1, ChronoUnit.DAYS), Instant.now().plus(365, ChronoUnit.DAYS));
        tryIt("wrong keystore password", 2, "password is wrong", () -> report("wrong-password"), "--data-dir", d,
                "--workload", "1", "--out", dir.resolve("r.pdf").toString(), "--sign", p12.toString());
        Path expired = TestKeystores.withKey(dir.resolve("expired.p12"), "pw".toCharArray(), "signer",
                Instant.now().minus(400, ChronoUnit.DAYS), Instant.now().minus(1, ChronoUnit.DAYS));
        tryIt("expired signing certificate", 2, "expired on", () -> report("pw"), "--data-dir", d, "--workload", "1",
                "--out", dir.resolve("r.pdf").toString(), "--sign", expired.toString());

        // verify
        tryIt("verify a folder", 2, "is a folder, not a report", "verify", dir.toString());
        tryIt("verify a file that does not exist", 2, "No such file", "verify", dir.resolve("none.pdf").toString());
        tryIt("verify with --data-dir", 2, "No such file", "verify", "--data-dir", d, dir.resolve("none.pdf").toString());
        Path notPdf = Files.write(dir.resolve("random.pdf"), randomBytes(5000, 9));
        tryIt("verify random bytes named .pdf", 2, "cannot be read as a PDF", "verify", notPdf.toString());

        // lens validate
        tryIt("lens file that does not exist", 2, "No such file", "lens", "validate", dir.resolve("none.json").toString());
        tryIt("lens path that is a folder", 2, "is a folder, not a lens file", "lens", "validate", dir.toString());
        tryIt("lens with 2,000 nested parentheses", 3, "more than 32 levels deep", "lens", "validate",
                nestedLens().toString());
        tryIt("lens that is not JSON", 3, "invalid JSON at line 1", "lens", "validate",
                Files.writeString(dir.resolve("not.json"), "pillars: [").toString());
        tryIt("lens that is binary garbage", 3, "not valid UTF-8", "lens", "validate",
                Files.write(dir.resolve("bin.json"), randomBytes(3000, 11)).toString());
        tryIt("lens over 500 KB", 3, "a lens may have at most 500000", "lens", "validate",
                Files.write(dir.resolve("big.json"), new byte[600_000]).toString());
        tryIt("lens with JSON nested 5,000 deep", 3, "nesting depth", "lens", "validate",
                Files.writeString(dir.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000)).toString());

        writeTable();
        assertThat(problems).isEmpty();
    }

    private CommandLine scan(Path configFile, Duration credentialProcessTimeout) {
        AwsClientSettings settings = new AwsClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofSeconds(2), 1).withCredentialProcessTimeout(credentialProcessTimeout);
        return SecPillarCommand.withFaultHandling(new CommandLine(new ScanCommand((services, s) -> CatalogScanner.of(
                new DefaultAwsAccess(AwsConfigLocations.of(configFile, dir.resolve("no-credentials"), dir.resolve("sso")),
                        settings, MfaCodeProvider.none()), services.evidence(), s, Clock.systemUTC()))));
    }

    private CommandLine report(String password) {
        return SecPillarCommand.withFaultHandling(new CommandLine(new ReportCommand(
                name -> KeystorePassword.ENV.equals(name) ? password : null, q -> Optional.empty())));
    }

    private Path garbageStore() throws IOException {
        Path store = Files.createDirectories(dir.resolve("garbage-store"));
        Files.write(store.resolve("secpillar.mv.db"), randomBytes(64 * 1024, 3));
        return store;
    }

    private final java.util.Map<Path, String> where = new java.util.HashMap<>();

    /**
     * 4 KB of random bytes written over every place the file holds {@code marker} (the live copy and any old ones
     * H2 has not reused yet), so the damage surely lands in data a command reads, wherever H2 put it this time.
     */
    private Path damagedOver(Path data, String marker, String name) throws IOException {
        Path copy = copy(data, "damaged-" + name);
        Path file = copy.resolve("secpillar.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        byte[] m = marker.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int last = -1;
        for (int i = 0; i + m.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + m.length, m, 0, m.length)) {
                byte[] noise = randomBytes(4096, i);
                System.arraycopy(noise, 0, bytes, i, Math.min(noise.length, bytes.length - i));
                last = i;
                i += 4095;
            }
        }
        assertThat(last).as("the store holds " + marker).isNotNegative();
        where.put(copy, " (at " + (100L * last / bytes.length) + " % of the file)");
        Files.write(file, bytes);
        return copy;
    }

    private String at(Path copy) {
        return where.getOrDefault(copy, "");
    }

    private Path tampered(Path data, String sql) throws Exception {
        Path copy = copy(data, "tampered-" + Math.abs(sql.hashCode()));
        try (Database db = Database.open(copy); Connection c = db.connection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
        return copy;
    }

    private Path readOnlyCopy(Path data) throws IOException {
        Path copy = copy(data, "read-only");
        Files.setPosixFilePermissions(copy.resolve("secpillar.mv.db"), PosixFilePermissions.fromString("r--r--r--"));
        return copy;
    }

    private Path newerCopy(Path data) throws Exception {
        Path copy = copy(data, "newer");
        try (Database db = Database.open(copy); Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") VALUES"
                    + " (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'SA', 1, TRUE)");
        }
        return copy;
    }

    private Path copy(Path data, String name) throws IOException {
        Path copy = Files.createDirectories(dir.resolve(name));
        Files.copy(data.resolve("secpillar.mv.db"), copy.resolve("secpillar.mv.db"));
        return copy;
    }

    private Path nestedLens() throws IOException {
        String lens = new String(getClass().getResourceAsStream("/io/secpillar/pillar/security-pillar.lens.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int at = lens.indexOf("\"condition\": \"") + "\"condition\": \"".length();
        int end = lens.indexOf('"', at);
        String nested = "(".repeat(2000) + lens.substring(at, end) + ")".repeat(2000);
        return Files.writeString(dir.resolve("nested.json"), lens.substring(0, at) + nested + lens.substring(end));
    }

    private static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private void writeTable() {
        StringBuilder md = new StringBuilder("| Input | Command | Exit code | Message |\n|---|---|---|---|\n");
        for (Tried t : tried) {
            md.append("| ").append(t.input()).append(" | `secpillar ").append(t.command().replace("|", "\\|"))
                    .append("` | ").append(t.code()).append(" | ").append(t.said().replace("|", "\\|")).append(" |\n");
        }
        long clear = tried.stream().filter(t -> t.code() == t.expected()).count();
        md.append("\n").append(clear).append(" of ").append(tried.size())
                .append(" bad inputs got a clear message with the documented exit code.\n");
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "bad-inputs.md"), md);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(md);
    }
}
