package io.secpillar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.app.Services;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.aws.AwsInventoryReader;
import io.secpillar.evidence.aws.LoopbackAwsAccess;
import io.secpillar.evidence.fixtures.FakeAws;
import io.secpillar.evidence.fixtures.SyntheticChecks;
import io.secpillar.evidence.scan.EvidenceScanner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/** The scan command over the synthetic checks and a WireMock AWS: output files, stored runs, exit codes. */
class ScanCommandTest {

    static final String KEY = "AKIAPROD000000000001";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @TempDir
    Path dir;

    final StringWriter err = new StringWriter();

    @BeforeEach
    void stubs() {
        FakeAws aws = new FakeAws(wm.getRuntimeInfo().getWireMock());
        aws.identity(KEY, "111122223333");
        aws.enabledRegions(KEY, List.of("eu-central-1", "eu-west-1"));
        aws.users(KEY, "111122223333", List.of(List.of("alice", "bob")));
        aws.mfaDevices(KEY, "111122223333", "alice", true);
        aws.mfaDevices(KEY, "111122223333", "bob", false);
        aws.buckets(KEY, List.of(List.of("claims-docs")));
        aws.bucketEncryption(KEY, "claims-docs", false);
        aws.securityGroups(KEY, "111122223333", "eu-west-1", List.of(List.of("open-admin")), 0);
        aws.securityGroups(KEY, "111122223333", "eu-central-1", List.of(List.of("web")), 0);
        aws.detectors(KEY, "eu-west-1", List.of("d1"), 0);
        aws.detectors(KEY, "eu-central-1", List.of("d2"), 0);
    }

    int run(String... args) {
        LoopbackAwsAccess access = new LoopbackAwsAccess("http://127.0.0.1:" + wm.getPort(), 1, Duration.ofSeconds(5))
                .profile("audit-prod", KEY);
        CheckMapping mapping = new CheckMapping(Map.of("SEC08-BP02", List.of("test_s3_bucket_encryption")));
        CommandLine cl = new CommandLine(new ScanCommand((services, settings) -> new EvidenceScanner(access,
                new AwsInventoryReader(SyntheticChecks.collectors(), access::clients), services.evidence(),
                SyntheticChecks.checks(), mapping, settings, Clock.systemUTC())));
        cl.setExecutionExceptionHandler(SecPillarCommand.commandLine(d -> 0).getExecutionExceptionHandler());
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void aCompletedRunExitsZeroWritesOneObjectPerResultAndIsStoredWithTheWorkload() throws Exception {
        long workloadId;
        try (Services services = Services.open(dir.resolve("data"), Clock.systemUTC())) {
            workloadId = services.demo().create().id();
        }
        Path out = dir.resolve("findings.json");
        int code = run("--data-dir", dir.resolve("data").toString(), "--profile", "audit-prod", "--regions", "all",
                "--out", out.toString(), "--workload", "Claims Portal");

        assertThat(code).as(err.toString()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toFile());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(7); // 2 users, 1 bucket, 2 regions × (1 group + 1 detector)
        JsonNode bucket = null;
        for (JsonNode n : json) {
            for (String field : List.of("checkId", "status", "reason", "accountId", "region", "resourceArn",
                    "bestPractices", "observed")) {
                assertThat(n.has(field)).as(field).isTrue();
            }
            if (n.get("checkId").asText().equals("test_s3_bucket_encryption")) {
                bucket = n;
            }
        }
        assertThat(bucket.get("status").asText()).isEqualTo("FAIL");
        assertThat(bucket.get("resourceArn").asText()).isEqualTo("arn:aws:s3:::claims-docs");
        assertThat(bucket.get("bestPractices").get(0).asText()).isEqualTo("SEC08-BP02");
        assertThat(bucket.get("observed").get("encrypted").asText()).isEqualTo("false");
        assertThat(err.toString()).contains("[").contains("111122223333 eu-west-1 done").contains("completed");
        try (Services services = Services.open(dir.resolve("data"), Clock.systemUTC())) {
            List<EvidenceRunInfo> runs = services.evidence().runsForWorkload(workloadId);
            assertThat(runs).hasSize(3); // the scan, newest first, then the demo's follow-up and first evidence runs
            assertThat(runs.get(0).profiles()).containsExactly("audit-prod");
            assertThat(runs.get(0).state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
            assertThat(services.evidence().findings(runs.get(0).id())).hasSize(7);
        }
    }

    @Test
    void csvHasAHeaderAndOneLinePerResult() throws Exception {
        Path out = dir.resolve("findings.csv");
        int code = run("--data-dir", dir.resolve("data").toString(), "--profile", "audit-prod", "--regions", "eu-west-1",
                "--out", out.toString(), "--format", "csv");
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("runId,checkId,status,");
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines).anyMatch(l -> l.contains("test_ec2_ssh_open,FAIL,") && l.contains("sg-open-admin"));
    }

    @Test
    void whatCannotRunExitsTwoWithAClearMessageAndWritesNothing() {
        String data = dir.resolve("data").toString();
        Path out = dir.resolve("f.json");
        assertThat(run("--data-dir", data, "--profile", "nobody", "--regions", "all", "--out", out.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown AWS profile nobody").contains("audit-prod");
        assertThat(run("--data-dir", data, "--profile", "audit-prod", "--regions", "moon-1,xx", "--out", out.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("valid AWS region");
        assertThat(run("--data-dir", data, "--profile", "audit-prod", "--regions", "all", "--out",
                dir.resolve("missing/f.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Cannot write");
        assertThat(run("--data-dir", data, "--profile", "audit-prod", "--regions", "all", "--out", out.toString(),
                "--workload", "No Such Workload")).isEqualTo(2);
        assertThat(err.toString()).contains("No workload \"No Such Workload\"");
        assertThat(out).doesNotExist();
    }

    @Test
    void refusedCredentialsExitTwoNamingTheProfile() {
        new FakeAws(wm.getRuntimeInfo().getWireMock()).invalidCredentials(KEY);
        int code = run("--data-dir", dir.resolve("data").toString(), "--profile", "audit-prod", "--regions", "all",
                "--out", dir.resolve("f.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Cannot connect with profile audit-prod");
    }

    @Test
    void theRegisteredCommandSaysSoWhenNoAwsProfilesAreAvailable() {
        StringWriter e = new StringWriter();
        CommandLine cl = SecPillarCommand.commandLine(d -> 0);
        cl.setErr(new PrintWriter(e, true));
        int code = cl.execute("scan", "--data-dir", dir.resolve("data").toString(), "--profile", "p", "--regions", "all",
                "--out", dir.resolve("f.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(e.toString()).contains("Unknown AWS profile p");
    }
}
