package io.secpillar.evidence.aws;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secpillar.evidence.scan.ConnectionCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A profile with keys in the credentials file, through the real SDK clients against a local STS/EC2. */
class StaticProfileConnectionTest {

    static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSTATICSECRET";

    @TempDir
    Path dir;
    FakeAws aws;
    DefaultAwsAccess access;

    @BeforeEach
    void setUp() {
        aws = new FakeAws(dir);
        aws.config("""
                [profile audit]
                region = eu-central-1
                endpoint_url = %s
                """.formatted(aws.endpoint()));
        aws.credentials("""
                [audit]
                aws_access_key_id = AKIAAUDITPROFILE0001
                aws_secret_access_key = %s
                """.formatted(SECRET));
        access = new DefaultAwsAccess(aws.locations(), TestSettings.fast(), MfaCodeProvider.none());
    }

    @AfterEach
    void tearDown() {
        access.close();
        aws.close();
    }

    @Test
    void testConnectionShowsTheCallerAndTheEnabledRegions() {
        aws.healthyAccount("123456789012", "arn:aws:iam::123456789012:user/auditor", "us-east-1", "eu-central-1",
                "ap-southeast-2");

        ConnectionCheck check = access.testConnection("audit");

        assertThat(check.ok()).as(check.problem().orElse("")).isTrue();
        assertThat(check.accountId()).contains("123456789012");
        assertThat(check.callerArn()).contains("arn:aws:iam::123456789012:user/auditor");
        assertThat(check.enabledRegions()).containsExactly("ap-southeast-2", "eu-central-1", "us-east-1");
        assertThat(aws.requests()).hasSize(2).allSatisfy(r -> {
            assertThat(FakeAws.signingKey(r)).isEqualTo("AKIAAUDITPROFILE0001");
            assertThat(r.getHeader("Authorization")).contains("/eu-central-1/");
            assertThat(r.getHeader("User-Agent")).contains("UrlConnection");
        });
        LoggedRequest regions = aws.requestsFor("DescribeRegions").get(0);
        assertThat(regions.getBodyAsString()).contains("AllRegions=true", "Filter.1.Name=opt-in-status",
                "opt-in-not-required", "opted-in");
        assertThat(check.toString()).doesNotContain(SECRET);
    }

    @Test
    void clientsAreBuiltOncePerTypeAndRegion() {
        AwsClients clients = access.clients("audit");

        assertThat(access.clients("audit")).isSameAs(clients);
        assertThat(clients.client(StsClient.class, "eu-west-1")).isSameAs(clients.client(StsClient.class, "eu-west-1"));
        assertThat(clients.client(StsClient.class, "eu-west-1")).isNotSameAs(clients.client(StsClient.class, "us-east-1"));
        assertThat(clients.client(Ec2Client.class, "eu-west-1")).isInstanceOf(Ec2Client.class);
        assertThat(clients.toString()).doesNotContain(SECRET).doesNotContain("AKIA");
    }

    @Test
    void editedProfileFilesAreReadAgain() throws Exception {
        aws.healthyAccount("123456789012", "arn:aws:iam::123456789012:user/auditor", "us-east-1");
        AwsClients before = access.clients("audit");
        Thread.sleep(20);
        aws.credentials("""
                [audit]
                aws_access_key_id = AKIAROTATEDKEY000002
                aws_secret_access_key = another-secret
                """);
        java.nio.file.Files.setLastModifiedTime(dir.resolve("credentials"),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));

        AwsClients after = access.clients("audit");
        after.client(StsClient.class, "eu-central-1").getCallerIdentity();

        assertThat(after).isNotSameAs(before);
        assertThat(FakeAws.signingKey(aws.requests().get(0))).isEqualTo("AKIAROTATEDKEY000002");
    }

    @Test
    void aCallThatTakesTooLongBecomesATimeoutMessage() {
        aws.server.stubFor(FakeAws.action("GetCallerIdentity").willReturn(
                FakeAws.xml(200, FakeAws.callerIdentity("1", "arn:aws:iam::1:user/x")).withFixedDelay(8000)));
        access.close();
        access = new DefaultAwsAccess(aws.locations(), TestSettings.impatient(), MfaCodeProvider.none());

        long start = System.nanoTime();
        ConnectionCheck check = access.testConnection("audit");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
        assertThat(check.problem()).hasValueSatisfying(p -> assertThat(p)
                .contains("did not answer sts:GetCallerIdentity in time for profile audit"));
    }

    @Test
    void anUnreachableEndpointBecomesANetworkMessage() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        aws.config("""
                [profile audit]
                region = eu-central-1
                endpoint_url = http://127.0.0.1:%d
                """.formatted(closedPort));

        ConnectionCheck check = access.testConnection("audit");

        assertThat(check.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("Could not reach AWS").contains("profile audit"));
    }
}
