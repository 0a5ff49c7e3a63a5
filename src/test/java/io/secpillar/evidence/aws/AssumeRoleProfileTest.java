package io.secpillar.evidence.aws;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secpillar.evidence.scan.ConnectionCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.secpillar.evidence.aws.FakeAws.action;
import static io.secpillar.evidence.aws.FakeAws.xml;
import static org.assertj.core.api.Assertions.assertThat;

/** A role profile: AssumeRole with the source profile's keys, the external id and a code from the MFA device. */
class AssumeRoleProfileTest {

    static final String SOURCE_SECRET = "sourceSECRETkeyNEVERshown000000000000000";
    static final String ROLE_SECRET = "roleSECRETkeyNEVERshown00000000000000000";

    @TempDir
    Path dir;
    FakeAws aws;
    List<String> asked = new ArrayList<>();

    @BeforeEach
    void setUp() {
        aws = new FakeAws(dir);
        aws.config("""
                [profile base]
                region = eu-west-1
                endpoint_url = %1$s

                [profile audit]
                role_arn = arn:aws:iam::111122223333:role/Audit
                source_profile = base
                external_id = client-42-external
                mfa_serial = arn:aws:iam::999988887777:mfa/consultant
                role_session_name = secpillar-review
                region = eu-central-1
                endpoint_url = %1$s

                [profile loop-a]
                role_arn = arn:aws:iam::111122223333:role/A
                source_profile = loop-b

                [profile loop-b]
                role_arn = arn:aws:iam::111122223333:role/B
                source_profile = loop-a
                """.formatted(aws.endpoint()));
        aws.credentials("""
                [base]
                aws_access_key_id = AKIASOURCEKEY0000001
                aws_secret_access_key = %s
                """.formatted(SOURCE_SECRET));
    }

    @AfterEach
    void tearDown() {
        aws.close();
    }

    @Test
    void assumesTheRoleWithExternalIdAndMfaThenSignsWithTheRoleCredentials() {
        stubAssumeRole();
        aws.healthyAccount("111122223333", "arn:aws:sts::111122223333:assumed-role/Audit/secpillar-review",
                "eu-central-1", "us-east-1");

        ConnectionCheck check;
        try (DefaultAwsAccess access = access(Optional.of(" 123456 "))) {
            check = access.testConnection("audit");
            access.testConnection("audit"); // a second test reuses the assumed role: no second code
        }

        assertThat(check.problem()).isEmpty();
        assertThat(check.accountId()).contains("111122223333");
        assertThat(asked).containsExactly("audit|arn:aws:iam::999988887777:mfa/consultant");
        List<LoggedRequest> assume = aws.requestsFor("AssumeRole");
        assertThat(assume).hasSize(1);
        String body = URLDecoder.decode(assume.get(0).getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(body).contains("RoleArn=arn:aws:iam::111122223333:role/Audit", "ExternalId=client-42-external",
                "SerialNumber=arn:aws:iam::999988887777:mfa/consultant", "TokenCode=123456",
                "RoleSessionName=secpillar-review");
        assertThat(FakeAws.signingKey(assume.get(0))).isEqualTo("AKIASOURCEKEY0000001");
        assertThat(aws.requestsFor("GetCallerIdentity")).allSatisfy(r -> {
            assertThat(FakeAws.signingKey(r)).isEqualTo("ASIAROLEKEY000000001");
            assertThat(r.getHeader("X-Amz-Security-Token")).isEqualTo("role-session-token");
        });
    }

    @Test
    void noMfaCodeMeansAClearMessageAndNoCallToAws() {
        ConnectionCheck check;
        try (DefaultAwsAccess access = access(Optional.empty())) {
            check = access.testConnection("audit");
        }

        assertThat(check.problem()).contains("Profile audit assumes its role with MFA "
                + "(arn:aws:iam::999988887777:mfa/consultant), and no MFA code was given.");
        assertThat(asked).as("asked once, not once per retry").hasSize(1);
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void aCodeThatIsNotSixDigitsIsRefusedBeforeAsking() {
        ConnectionCheck check;
        try (DefaultAwsAccess access = access(Optional.of("12345x"))) {
            check = access.testConnection("audit");
        }

        assertThat(check.problem()).contains("The MFA code for profile audit must be the 6 digits your device shows.");
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void aRefusedAssumeRoleNamesTheProfileAndTheRole() {
        aws.server.stubFor(action("AssumeRole").willReturn(xml(403, FakeAws.stsError("Sender", "AccessDenied",
                "MultiFactorAuthentication failed with invalid MFA one time pass code."))));

        ConnectionCheck check;
        try (DefaultAwsAccess access = access(Optional.of("654321"))) {
            check = access.testConnection("audit");
        }

        assertThat(check.problem()).contains("Profile audit could not assume arn:aws:iam::111122223333:role/Audit: "
                + "HTTP 403 AccessDenied: MultiFactorAuthentication failed with invalid MFA one time pass code.");
        assertThat(aws.requestsFor("GetCallerIdentity")).isEmpty();
    }

    @Test
    void expiredSourceKeysAreNamedAsSuch() {
        aws.server.stubFor(action("AssumeRole").willReturn(xml(403, FakeAws.stsError("Sender",
                "InvalidClientTokenId", "The security token included in the request is invalid."))));

        ConnectionCheck check;
        try (DefaultAwsAccess access = access(Optional.of("654321"))) {
            check = access.testConnection("audit");
        }

        assertThat(check.problem()).hasValueSatisfying(p -> assertThat(p)
                .contains("Profile audit could not assume arn:aws:iam::111122223333:role/Audit",
                        "the credentials it starts from have expired or are not valid (InvalidClientTokenId)")
                .doesNotContain(SOURCE_SECRET));
        // the SDK may retry a 403 once as a possible clock skew; it resends the same code, never asks again
        assertThat(asked).as("asked once, not once per retry").hasSize(1);
        assertThat(aws.requestsFor("AssumeRole")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getBodyAsString()).contains("TokenCode=654321"));
    }

    @Test
    void aSourceProfileLoopIsExplained() {
        ConnectionCheck check;
        try (DefaultAwsAccess access = access(Optional.empty())) {
            check = access.testConnection("loop-a");
        }

        assertThat(check.problem()).contains("The source_profile settings loop: loop-a -> loop-b -> loop-a. "
                + "Point the last one at a profile with its own credentials.");
    }

    private void stubAssumeRole() {
        String expiration = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        aws.server.stubFor(action("AssumeRole").willReturn(xml(200, """
                <AssumeRoleResponse xmlns="%s">
                  <AssumeRoleResult>
                    <SourceIdentity>consultant</SourceIdentity>
                    <AssumedRoleUser>
                      <Arn>arn:aws:sts::111122223333:assumed-role/Audit/secpillar-review</Arn>
                      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:secpillar-review</AssumedRoleId>
                    </AssumedRoleUser>
                    <Credentials>
                      <AccessKeyId>ASIAROLEKEY000000001</AccessKeyId>
                      <SecretAccessKey>%s</SecretAccessKey>
                      <SessionToken>role-session-token</SessionToken>
                      <Expiration>%s</Expiration>
                    </Credentials>
                    <PackedPolicySize>6</PackedPolicySize>
                  </AssumeRoleResult>
                  <ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ResponseMetadata>
                </AssumeRoleResponse>""".formatted(FakeAws.STS_NS, ROLE_SECRET, expiration))));
    }

    private DefaultAwsAccess access(Optional<String> code) {
        return new DefaultAwsAccess(aws.locations(), TestSettings.fast(), (profile, serial) -> {
            asked.add(profile + "|" + serial);
            return code;
        });
    }
}
