package io.secpillar.evidence.aws;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Writes are refused by the clients themselves, before a single byte reaches the (local) AWS endpoint. */
class ReadOnlyGuardTest {

    @TempDir
    Path dir;
    FakeAws aws;
    DefaultAwsAccess access;
    AwsClients clients;

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
                aws_secret_access_key = guard-test-secret
                """);
        access = new DefaultAwsAccess(aws.locations(), TestSettings.fast(), MfaCodeProvider.none());
        clients = access.clients("audit");
    }

    @AfterEach
    void tearDown() {
        access.close();
        aws.close();
    }

    @Test
    void s3PutObjectIsRefusedBeforeAnythingIsSent() {
        S3Client s3 = clients.client(S3Client.class, "eu-west-1");

        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("evidence").key("x.txt"), RequestBody.fromString("x")))
                .isInstanceOf(WriteRefusedException.class)
                .hasMessage("SecPillar is read-only: it refused to send s3:PutObject (only Describe, Get, List and a "
                        + "few other read operations may be sent).");
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void iamCreateUserIsRefused() {
        IamClient iam = clients.client(IamClient.class, "us-east-1");

        assertThatThrownBy(() -> iam.createUser(b -> b.userName("intruder")))
                .isInstanceOfSatisfying(WriteRefusedException.class, e -> {
                    assertThat(e.operation()).isEqualTo("CreateUser");
                    assertThat(e.service()).isEqualTo("iam");
                });
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void ec2TerminateInstancesIsRefused() {
        Ec2Client ec2 = clients.client(Ec2Client.class, "eu-west-1");

        assertThatThrownBy(() -> ec2.terminateInstances(b -> b.instanceIds("i-0123456789abcdef0")))
                .isInstanceOf(WriteRefusedException.class).hasMessageContaining("ec2:TerminateInstances");
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void assumeRoleAndCredentialMintingAreRefusedOnOrdinaryClients() {
        StsClient sts = clients.client(StsClient.class, "eu-west-1");

        assertThatThrownBy(() -> sts.assumeRole(b -> b.roleArn("arn:aws:iam::1:role/x").roleSessionName("s")))
                .isInstanceOf(WriteRefusedException.class);
        assertThatThrownBy(sts::getSessionToken).isInstanceOf(WriteRefusedException.class);
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void aRefusedWriteDoesNotEvenFetchCredentials() {
        aws.config("""
                [profile audit]
                region = eu-west-1
                endpoint_url = %1$s

                [profile role]
                role_arn = arn:aws:iam::111122223333:role/Audit
                source_profile = audit
                mfa_serial = arn:aws:iam::999988887777:mfa/consultant
                endpoint_url = %1$s
                """.formatted(aws.endpoint()));
        java.util.List<String> asked = new java.util.ArrayList<>();
        try (DefaultAwsAccess withMfa = new DefaultAwsAccess(aws.locations(), TestSettings.fast(), (p, serial) -> {
            asked.add(p);
            return java.util.Optional.of("123456");
        })) {
            IamClient iam = withMfa.clients("role").client(IamClient.class, "us-east-1");

            assertThatThrownBy(() -> iam.deleteAccountPasswordPolicy()).isInstanceOf(WriteRefusedException.class);
        }
        assertThat(asked).as("no MFA prompt, no AssumeRole for a call that is refused anyway").isEmpty();
        assertThat(aws.requests()).isEmpty();
    }

    @Test
    void readsPassTheGuard() {
        aws.healthyAccount("123456789012", "arn:aws:iam::123456789012:user/auditor", "eu-west-1");

        var regions = clients.client(Ec2Client.class, "eu-west-1").describeRegions();

        assertThat(regions.regions()).hasSize(1);
        assertThat(aws.requestsFor("DescribeRegions")).hasSize(1);
    }
}
