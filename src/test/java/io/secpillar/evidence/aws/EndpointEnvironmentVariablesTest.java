package io.secpillar.evidence.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The environment path end to end: AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, AWS_PROFILE, AWS_ENDPOINT_URL and
 * AWS_ENDPOINT_URL_S3 given to a child JVM running {@link EndpointProbe}.
 */
class EndpointEnvironmentVariablesTest {

    @TempDir
    Path dir;

    @Test
    void theAwsVariablesChooseFilesProfileAndEndpoints() throws Exception {
        try (FakeAws aws = new FakeAws(dir)) {
            WireMockServer s3 = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
            s3.start();
            try {
                aws.healthyAccount("123456789012", "arn:aws:iam::123456789012:user/env", "eu-west-1");
                Path config = aws.write("elsewhere/cfg", "[profile from-env]\nregion = eu-west-1\n");
                Path credentials = aws.write("elsewhere/creds", """
                        [from-env]
                        aws_access_key_id = AKIAFROMENVIRONMENT1
                        aws_secret_access_key = env-test-secret
                        """);

                String output = runProbe(Map.of(
                        "AWS_CONFIG_FILE", config.toString(),
                        "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                        "AWS_PROFILE", "from-env",
                        "AWS_ENDPOINT_URL", aws.endpoint(),
                        "AWS_ENDPOINT_URL_S3", "http://127.0.0.1:" + s3.port()));

                assertThat(output).contains("profile=from-env account=123456789012");
                assertThat(aws.requests()).isNotEmpty()
                        .allSatisfy(r -> assertThat(FakeAws.signingKey(r)).isEqualTo("AKIAFROMENVIRONMENT1"));
                assertThat(s3.findAll(anyRequestedFor(anyUrl()))).extracting(r -> r.getUrl())
                        .containsExactly("/client-logs?encryption");
            } finally {
                s3.stop();
            }
        }
    }

    private String runProbe(Map<String, String> env) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                EndpointProbe.class.getName()));
        pb.environment().keySet().removeIf(k -> k.startsWith("AWS_"));
        pb.environment().put("AWS_EC2_METADATA_DISABLED", "true");
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process process = pb.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        Files.writeString(dir.resolve("probe.log"), text);
        return text;
    }
}
