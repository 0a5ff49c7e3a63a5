package io.secpillar.evidence.aws;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sts.StsClient;

import java.nio.file.Path;

import static io.secpillar.evidence.aws.FakeAws.action;
import static io.secpillar.evidence.aws.FakeAws.xml;
import static org.assertj.core.api.Assertions.assertThat;

/** In a scan, credential failures become COULD_NOT_ASSESS with reason CREDENTIALS and the profile's message. */
class AwsCallsCredentialsTest {

    @TempDir
    Path dir;
    FakeAws aws;
    DefaultAwsAccess access;

    @BeforeEach
    void setUp() {
        aws = new FakeAws(dir);
        aws.config("""
                [profile keys]
                region = eu-west-1
                endpoint_url = %1$s

                [profile mfa-role]
                role_arn = arn:aws:iam::111122223333:role/Audit
                source_profile = keys
                mfa_serial = arn:aws:iam::999988887777:mfa/consultant
                endpoint_url = %1$s
                """.formatted(aws.endpoint()));
        aws.credentials("""
                [keys]
                aws_access_key_id = AKIAKEYSPROFILE00001
                aws_secret_access_key = calls-test-secret
                """);
        access = new DefaultAwsAccess(aws.locations(), TestSettings.fast(), MfaCodeProvider.none());
    }

    @AfterEach
    void tearDown() {
        access.close();
        aws.close();
    }

    @Test
    void anExpiredTokenIsACredentialsReason() {
        aws.server.stubFor(action("GetCallerIdentity").willReturn(xml(400, FakeAws.stsError("Sender", "ExpiredToken",
                "The security token included in the request is expired"))));
        StsClient sts = access.clients("keys").client(StsClient.class, "eu-west-1");

        Fetched<?> fetched = AwsCalls.fetch("sts:GetCallerIdentity", sts::getCallerIdentity);

        assertThat(fetched.reason()).isEqualTo(CouldNotAssessReason.CREDENTIALS);
        assertThat(fetched.detail()).startsWith("HTTP 400 ExpiredToken: ");
    }

    @Test
    void aProfileThatCannotGetCredentialsKeepsItsMessage() {
        StsClient sts = access.clients("mfa-role").client(StsClient.class, "eu-west-1");

        Fetched<?> fetched = AwsCalls.fetch("sts:GetCallerIdentity", sts::getCallerIdentity);

        assertThat(fetched.reason()).isEqualTo(CouldNotAssessReason.CREDENTIALS);
        assertThat(fetched.detail()).isEqualTo("Profile mfa-role assumes its role with MFA "
                + "(arn:aws:iam::999988887777:mfa/consultant), and no MFA code was given.");
        assertThat(aws.requests()).isEmpty();
    }
}
