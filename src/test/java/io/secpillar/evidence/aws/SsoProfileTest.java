package io.secpillar.evidence.aws;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secpillar.evidence.scan.ConnectionCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * IAM Identity Center profiles use the token `aws sso login` cached; when it is missing or expired the user is told
 * to log in with the CLI, and nothing is sent.
 */
class SsoProfileTest {

    static final String ACCESS_TOKEN = "cachedSsoAccessTokenNEVERshown";

    @TempDir
    Path dir;
    FakeAws aws;

    @BeforeEach
    void setUp() {
        aws = new FakeAws(dir);
        aws.config("""
                [profile sso-new]
                sso_session = corp
                sso_account_id = 111122223333
                sso_role_name = SecurityAudit
                region = eu-west-1
                endpoint_url = %1$s

                [profile sso-legacy]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                sso_account_id = 444455556666
                sso_role_name = ReadOnly
                region = eu-west-1
                endpoint_url = %1$s

                [profile client-role]
                role_arn = arn:aws:iam::777788889999:role/SecPillarAudit
                source_profile = sso-new
                external_id = client-7
                region = eu-west-1
                endpoint_url = %1$s

                [sso-session corp]
                sso_start_url = https://corp.awsapps.com/start
                sso_region = eu-west-1
                sso_registration_scopes = sso:account:access
                """.formatted(aws.endpoint()));
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void aMissingTokenTellsTheUserToLogInWithTheCli() {
        assertThat(test("sso-new").problem()).contains("The IAM Identity Center (SSO) session of profile sso-new has "
                + "expired or was never started. Run `aws sso login --profile sso-new`, then try again.");
        assertThat(test("sso-legacy").problem()).hasValueSatisfying(p -> assertThat(p)
                .endsWith("Run `aws sso login --profile sso-legacy`, then try again."));
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void anExpiredTokenTellsTheUserToLogInAgain() {
        cacheToken("corp", Instant.now().minus(5, ChronoUnit.MINUTES).toString());

        assertThat(test("sso-new").problem()).hasValueSatisfying(p -> assertThat(p)
                .contains("Run `aws sso login --profile sso-new`, then try again.").doesNotContain(ACCESS_TOKEN));
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void aValidSessionTokenBuysRoleCredentialsFromThePortal() {
        cacheToken("corp", Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        stubPortal();
        aws.healthyAccount("111122223333", "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_SecurityAudit/me",
                "eu-west-1");

        ConnectionCheck check = test("sso-new");

        assertThat(check.problem()).isEmpty();
        assertThat(check.accountId()).contains("111122223333");
        LoggedRequest portal = aws.server.findAll(com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(urlPathEqualTo("/federation/credentials"))).get(0);
        assertThat(portal.getHeader("x-amz-sso_bearer_token")).isEqualTo(ACCESS_TOKEN);
        assertThat(portal.queryParameter("account_id").firstValue()).isEqualTo("111122223333");
        assertThat(portal.queryParameter("role_name").firstValue()).isEqualTo("SecurityAudit");
        assertThat(aws.requestsFor("GetCallerIdentity"))
                .allSatisfy(r -> assertThat(FakeAws.signingKey(r)).isEqualTo("ASIASSOROLEKEY000001"));
    }

    @Test
    void theLegacyCacheIsKeyedByStartUrlAndTheOlderUtcSuffixIsUnderstood() {
        cacheToken("https://corp.awsapps.com/start", Instant.now().plus(1, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.SECONDS).toString().replace("Z", "UTC"));
        stubPortal();
        aws.healthyAccount("444455556666", "arn:aws:sts::444455556666:assumed-role/AWSReservedSSO_ReadOnly/me",
                "eu-west-1");

        assertThat(test("sso-legacy").problem()).isEmpty();
    }

    @Test
    void aRoleCanStartFromAnSsoProfile() {
        cacheToken("corp", Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        stubPortal();
        String expiration = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        aws.server.stubFor(FakeAws.action("AssumeRole").willReturn(FakeAws.xml(200, """
                <AssumeRoleResponse xmlns="%s"><AssumeRoleResult>
                  <AssumedRoleUser><Arn>arn:aws:sts::777788889999:assumed-role/SecPillarAudit/s</Arn>
                    <AssumedRoleId>AROAEXAMPLE:s</AssumedRoleId></AssumedRoleUser>
                  <Credentials><AccessKeyId>ASIACLIENTROLE000001</AccessKeyId><SecretAccessKey>x</SecretAccessKey>
                    <SessionToken>client-role-token</SessionToken><Expiration>%s</Expiration></Credentials>
                </AssumeRoleResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></AssumeRoleResponse>
                """.formatted(FakeAws.STS_NS, expiration))));
        aws.healthyAccount("777788889999", "arn:aws:sts::777788889999:assumed-role/SecPillarAudit/s", "eu-west-1");

        ConnectionCheck check = test("client-role");

        assertThat(check.problem()).isEmpty();
        assertThat(check.accountId()).contains("777788889999");
        assertThat(aws.requestsFor("AssumeRole")).singleElement()
                .satisfies(r -> assertThat(FakeAws.signingKey(r)).isEqualTo("ASIASSOROLEKEY000001"));
        assertThat(aws.requestsFor("GetCallerIdentity"))
                .allSatisfy(r -> assertThat(FakeAws.signingKey(r)).isEqualTo("ASIACLIENTROLE000001"));
    }

    private void stubPortal() {
        long expiration = Instant.now().plus(1, ChronoUnit.HOURS).toEpochMilli();
        aws.server.stubFor(get(urlPathEqualTo("/federation/credentials")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"roleCredentials":{"accessKeyId":"ASIASSOROLEKEY000001",
                         "secretAccessKey":"ssoRoleSecretNEVERshown","sessionToken":"sso-session-token",
                         "expiration":%d}}""".formatted(expiration))));
    }

    private void cacheToken(String key, String expiresAt) {
        aws.write("sso-cache/" + SsoTokenCache.sha1(key) + ".json", """
                {"startUrl": "https://corp.awsapps.com/start", "region": "eu-west-1",
                 "accessToken": "%s", "expiresAt": "%s"}""".formatted(ACCESS_TOKEN, expiresAt));
    }

    private ConnectionCheck test(String profile) {
        try (DefaultAwsAccess access = new DefaultAwsAccess(aws.locations(), TestSettings.fast(),
                MfaCodeProvider.none())) {
            return access.testConnection(profile);
        }
    }

}
