package io.secpillar.evidence.aws;

import io.secpillar.evidence.scan.ConnectionCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.secpillar.evidence.aws.FakeAws.action;
import static io.secpillar.evidence.aws.FakeAws.xml;
import static org.assertj.core.api.Assertions.assertThat;

/** What Test connection says when AWS refuses, throttles or the profile does not exist. */
class ConnectionProblemsTest {

    static final String SECRET = "problemsSECRETkeyNEVERshown0000000000000";

    @TempDir
    Path dir;
    FakeAws aws;
    DefaultAwsAccess access;

    @BeforeEach
    void setUp() {
        aws = new FakeAws(dir);
        aws.config("""
                [profile audit]
                region = eu-west-1
                endpoint_url = %s
                """.formatted(aws.endpoint()));
        aws.credentials("""
                [audit]
                aws_access_key_id = AKIAAUDITPROFILE0001
                aws_secret_access_key = %s
                aws_session_token = stale-session-token
                """.formatted(SECRET));
        access = new DefaultAwsAccess(aws.locations(), TestSettings.fast(), MfaCodeProvider.none());
    }

    @AfterEach
    void tearDown() {
        access.close();
        aws.close();
    }

    @ParameterizedTest
    @CsvSource({
            "400, ExpiredToken, The security token included in the request is expired",
            "403, InvalidClientTokenId, The security token included in the request is invalid.",
            "403, SignatureDoesNotMatch, The request signature we calculated does not match the signature you provided."})
    void staleOrWrongCredentialsNameTheProfile(int status, String code, String message) {
        aws.server.stubFor(action("GetCallerIdentity").willReturn(xml(status, FakeAws.stsError("Sender", code, message))));

        ConnectionCheck check = access.testConnection("audit");

        assertThat(check.ok()).isFalse();
        assertThat(check.problem()).contains("The credentials of profile audit have expired or are not valid (" + code
                + "). Refresh them (for example `aws sso login --profile audit` or new access keys) and try again.");
        assertThat(check.problem().orElseThrow()).doesNotContain(SECRET, "stale-session-token");
        assertThat(check.accountId()).isEmpty();
    }

    @Test
    void anUnknownProfileIsAProblemNotAnException() {
        ConnectionCheck check = access.testConnection("client-b");

        assertThat(check.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("There is no AWS profile named \"client-b\" in " + dir.resolve("config")));
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void regionsThatMayNotBeListedKeepTheConnectionAndSayWhichPermissionIsMissing() {
        aws.server.stubFor(action("GetCallerIdentity").willReturn(xml(200,
                FakeAws.callerIdentity("123456789012", "arn:aws:iam::123456789012:user/auditor"))));
        aws.server.stubFor(action("DescribeRegions").willReturn(xml(403, FakeAws.ec2Error("UnauthorizedOperation",
                "You are not authorized to perform this operation."))));

        ConnectionCheck check = access.testConnection("audit");

        assertThat(check.ok()).isTrue();
        assertThat(check.accountId()).contains("123456789012");
        assertThat(check.enabledRegions()).isEmpty();
        assertThat(check.regionsProblem()).contains("The regions could not be listed: Profile audit is not allowed "
                + "to call ec2:DescribeRegions (UnauthorizedOperation). Give it the SecPillar read-only policy "
                + "(see `secpillar policy`).");
    }

    @Test
    void throttlingIsRetriedByTheAdaptiveStrategyUntilItSucceeds() {
        access.close();
        access = new DefaultAwsAccess(aws.locations(), TestSettings.patient(), MfaCodeProvider.none());
        aws.server.stubFor(action("GetCallerIdentity").willReturn(xml(200,
                FakeAws.callerIdentity("123456789012", "arn:aws:iam::123456789012:user/auditor"))));
        aws.server.stubFor(action("DescribeRegions").inScenario("throttle").whenScenarioStateIs(STARTED)
                .willReturn(xml(503, FakeAws.ec2Error("RequestLimitExceeded", "Request limit exceeded.")))
                .willSetStateTo("calm"));
        aws.server.stubFor(action("DescribeRegions").inScenario("throttle").whenScenarioStateIs("calm")
                .willReturn(xml(200, FakeAws.regions("eu-west-1", "us-east-1"))));

        ConnectionCheck check = access.testConnection("audit");

        assertThat(check.problem()).isEmpty();
        assertThat(check.enabledRegions()).containsExactly("eu-west-1", "us-east-1");
        assertThat(aws.requestsFor("DescribeRegions")).extracting(r -> r.getHeader("amz-sdk-request"))
                .containsExactly("attempt=1; max=3", "attempt=2; max=3");
    }

    @Test
    void throttlingBeyondTheAttemptsBecomesAMessage() {
        access.close();
        AwsClientSettings twoAttempts = new AwsClientSettings(java.time.Duration.ofSeconds(30),
                java.time.Duration.ofSeconds(2), java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(2), 2);
        access = new DefaultAwsAccess(aws.locations(), twoAttempts, MfaCodeProvider.none());
        aws.server.stubFor(action("GetCallerIdentity").willReturn(xml(400,
                FakeAws.stsError("Sender", "Throttling", "Rate exceeded"))));

        ConnectionCheck check = access.testConnection("audit");

        assertThat(check.problem()).contains("AWS kept throttling sts:GetCallerIdentity for profile audit after "
                + "several retries. Wait a minute and try again.");
        assertThat(aws.requestsFor("GetCallerIdentity")).extracting(r -> r.getHeader("amz-sdk-request"))
                .containsExactly("attempt=1; max=2", "attempt=2; max=2");
    }
}
