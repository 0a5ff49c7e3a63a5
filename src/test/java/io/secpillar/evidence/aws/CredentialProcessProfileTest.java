package io.secpillar.evidence.aws;

import io.secpillar.evidence.scan.ConnectionCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** credential_process: an external command prints the keys as JSON; the SDK runs it, we sign with its output. */
class CredentialProcessProfileTest {

    static final String PROCESS_SECRET = "processSECRETfromTheCommandNEVERshown";

    @TempDir
    Path dir;
    FakeAws aws;

    @BeforeEach
    void setUp() {
        aws = new FakeAws(dir);
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void theCommandsKeysSignTheCalls() throws Exception {
        Path script = script("good.sh", """
                #!/bin/sh
                cat <<JSON
                {"Version": 1, "AccessKeyId": "ASIAPROCESSKEY000001", "SecretAccessKey": "%s",
                 "SessionToken": "process-token", "Expiration": "%s"}
                JSON
                """.formatted(PROCESS_SECRET, Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
        profile(script + " --account client-a");
        aws.healthyAccount("111122223333", "arn:aws:iam::111122223333:user/vault", "eu-west-1");

        ConnectionCheck check = test();

        assertThat(check.problem()).isEmpty();
        assertThat(aws.requests()).isNotEmpty().allSatisfy(r -> {
            assertThat(FakeAws.signingKey(r)).isEqualTo("ASIAPROCESSKEY000001");
            assertThat(r.getHeader("X-Amz-Security-Token")).isEqualTo("process-token");
        });
    }

    @Test
    void aFailingCommandGetsAMessageWithoutItsOutput() throws Exception {
        Path script = script("bad.sh", """
                #!/bin/sh
                echo '{"Version": 1, "AccessKeyId": "ASIA", "SecretAccessKey": "%s"'
                exit 3
                """.formatted(PROCESS_SECRET));
        profile(script.toString());

        ConnectionCheck check = test();

        assertThat(check.problem()).contains(
                "Profile vault could not get credentials from its credential_process command: bad.sh exited with code 3.");
        assertThat(check.problem().orElseThrow()).doesNotContain(PROCESS_SECRET);
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void garbageOutputGetsTheSameMessage() throws Exception {
        Path script = script("garbage.sh", "#!/bin/sh\necho 'SecretAccessKey=" + PROCESS_SECRET + "'\n");
        profile(script.toString());

        assertThat(test().problem()).hasValueSatisfying(p -> assertThat(p)
                .isEqualTo("Profile vault could not get credentials from its credential_process command: garbage.sh"
                        + " printed something other than credentials (JSON with Version 1, AccessKeyId and"
                        + " SecretAccessKey).")
                .doesNotContain(PROCESS_SECRET));
    }

    @Test
    void aCommandThatNeverAnswersIsStoppedWithEverythingItStartedAndNamed() throws Exception {
        Path pids = dir.resolve("pids");
        Path script = script("hangs.sh", """
                #!/bin/sh
                sleep 100000 &
                echo $$ $! > %s
                wait
                """.formatted(pids));
        profile("/bin/sh -c '" + script + " --token " + PROCESS_SECRET + "'");

        long start = System.nanoTime();
        ConnectionCheck check;
        try (DefaultAwsAccess access = new DefaultAwsAccess(aws.locations(),
                TestSettings.fast().withCredentialProcessTimeout(java.time.Duration.ofSeconds(1)), MfaCodeProvider.none())) {
            check = access.testConnection("vault");
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(check.problem()).contains("Profile vault could not get credentials from its credential_process"
                + " command: sh did not answer within 1 s, so it was stopped.");
        assertThat(seconds).as("gave up after the limit, not after the command").isLessThan(10);
        for (String pid : Files.readString(pids).trim().split(" ")) {
            java.util.Optional<ProcessHandle> p = ProcessHandle.of(Long.parseLong(pid));
            p.ifPresent(h -> h.onExit().completeOnTimeout(h, 5, java.util.concurrent.TimeUnit.SECONDS).join());
            assertThat(p.map(ProcessHandle::isAlive).orElse(false)).as("process %s is gone", pid).isFalse();
        }
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void aCommandThatFailsSaysItsExitCode() throws Exception {
        Path script = script("exits.sh", "#!/bin/sh\nexit 7\n");
        profile(script.toString());
        assertThat(test().problem()).contains("Profile vault could not get credentials from its credential_process"
                + " command: exits.sh exited with code 7.");
    }

    @Test
    void theProgramNameIsTheFirstWordWithoutFolderOrArguments() {
        assertThat(CredentialProcess.programName("/usr/local/bin/aws-vault exec prod --json")).isEqualTo("aws-vault");
        assertThat(CredentialProcess.programName("\"/opt/my tools/get creds\" --secret x")).isEqualTo("get creds");
        assertThat(CredentialProcess.programName("C:\\tools\\creds.exe /p")).isEqualTo("creds.exe");
    }

    private void profile(String command) {
        aws.config("""
                [profile vault]
                credential_process = %s
                region = eu-west-1
                endpoint_url = %s
                """.formatted(command, aws.endpoint()));
    }

    private Path script(String name, String content) throws Exception {
        Path script = aws.write(name, content);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private ConnectionCheck test() {
        try (DefaultAwsAccess access = new DefaultAwsAccess(aws.locations(), TestSettings.fast(),
                MfaCodeProvider.none())) {
            return access.testConnection("vault");
        }
    }
}
