package io.secpillar.evidence.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.inspector2.Inspector2Client;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.sts.StsClient;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local emulators: the SDK routes every client we build to AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_&lt;SERVICE&gt; (here
 * their system properties, which the SDK reads the same way) and to endpoint_url in the profile or its services
 * section. We never call endpointOverride, so this test is what keeps it true.
 */
class EndpointOverrideTest {

    /** One read call per service client the workbench uses, with the service id its User-Agent names. */
    static final Map<String, Call<?>> CALLS = new LinkedHashMap<>();

    record Call<C extends SdkClient>(Class<C> type, String serviceId, Consumer<C> read) {
    }

    static <C extends SdkClient> void call(Class<C> type, String serviceId, Consumer<C> read) {
        CALLS.put(type.getSimpleName(), new Call<>(type, serviceId, read));
    }

    static {
        call(StsClient.class, "STS", StsClient::getCallerIdentity);
        call(IamClient.class, "IAM", IamClient::listUsers);
        call(Ec2Client.class, "EC2", Ec2Client::describeRegions);
        call(S3Client.class, "S3", c -> c.getBucketEncryption(b -> b.bucket("client-logs")));
        call(S3ControlClient.class, "S3_Control", c -> c.getPublicAccessBlock(b -> b.accountId("123456789012")));
        call(CloudTrailClient.class, "CloudTrail", CloudTrailClient::describeTrails);
        call(GuardDutyClient.class, "GuardDuty", GuardDutyClient::listDetectors);
        call(ConfigClient.class, "Config_Service", ConfigClient::describeConfigurationRecorders);
        call(KmsClient.class, "KMS", KmsClient::listKeys);
        call(OrganizationsClient.class, "Organizations", OrganizationsClient::describeOrganization);
        call(AccessAnalyzerClient.class, "AccessAnalyzer", c -> c.listAnalyzers(b -> { }));
        call(SecurityHubClient.class, "SecurityHub", c -> c.describeHub(b -> { }));
        call(RdsClient.class, "RDS", RdsClient::describeDBInstances);
        call(ElasticLoadBalancingV2Client.class, "Elastic_Load_Balancing_v2",
                ElasticLoadBalancingV2Client::describeLoadBalancers);
        call(Inspector2Client.class, "Inspector2", c -> c.batchGetAccountStatus(b -> { }));
        call(Macie2Client.class, "Macie2", c -> c.getMacieSession(b -> { }));
        call(BackupClient.class, "Backup", BackupClient::listBackupPlans);
        call(AccountClient.class, "Account", c -> c.getContactInformation(b -> { }));
    }

    @TempDir
    Path dir;
    FakeAws aws;
    WireMockServer second;

    @BeforeEach
    void setUp() {
        aws = new FakeAws(dir);
        second = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        second.start();
        aws.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        second.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        aws.credentials("""
                [plain]
                aws_access_key_id = AKIAPLAINPROFILE0001
                aws_secret_access_key = endpoint-test-secret
                """);
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("aws.endpointUrl");
        System.clearProperty("aws.endpointUrlS3");
        second.stop();
        aws.close();
    }

    @Test
    void theGlobalEndpointVariableReachesEveryClient() {
        aws.config("[profile plain]\nregion = eu-west-1\n");
        System.setProperty("aws.endpointUrl", aws.endpoint());

        callEverything("plain");

        assertEveryServiceHit(aws.server, CALLS.keySet().stream().toList());
        assertThat(aws.requests()).anySatisfy(r -> {
            assertThat(r.getUrl()).isEqualTo("/v20180820/configuration/publicAccessBlock");
            assertThat(r.getHeader("x-amz-account-id")).isEqualTo("123456789012");
            assertThat(r.getHeader("Host")).isEqualTo("127.0.0.1:" + aws.server.port());
        });
    }

    @Test
    void theServiceVariableWinsAndS3GoesPathStyle() {
        aws.config("[profile plain]\nregion = eu-west-1\n");
        System.setProperty("aws.endpointUrl", aws.endpoint());
        System.setProperty("aws.endpointUrlS3", "http://127.0.0.1:" + second.port());

        callEverything("plain");

        List<LoggedRequest> s3 = second.findAll(anyRequestedFor(anyUrl()));
        assertThat(s3).hasSize(1);
        assertThat(s3.get(0).getUrl()).isEqualTo("/client-logs?encryption");
        assertThat(s3.get(0).getHeader("Host")).isEqualTo("127.0.0.1:" + second.port());
        assertThat(s3.get(0).getHeader("Authorization")).contains("/eu-west-1/s3/aws4_request");
        assertThat(aws.requests()).noneMatch(r -> r.getUrl().contains("client-logs"));
    }

    @Test
    void endpointUrlInTheProfileAndItsServicesSectionAreHonoured() {
        aws.config("""
                [profile plain]
                region = eu-west-1
                endpoint_url = %s
                services = local-emulator

                [services local-emulator]
                iam =
                  endpoint_url = http://127.0.0.1:%d
                s3 =
                  endpoint_url = http://127.0.0.1:%d
                """.formatted(aws.endpoint(), second.port(), second.port()));

        callEverything("plain");

        assertThat(second.findAll(anyRequestedFor(anyUrl()))).extracting(LoggedRequest::getUrl)
                .containsExactlyInAnyOrder("/", "/client-logs?encryption");
        assertEveryServiceHit(aws.server, CALLS.keySet().stream()
                .filter(name -> !name.equals("IamClient") && !name.equals("S3Client")).toList());
    }

    @Test
    void pathStyleIsOnlyChosenWhenAnEndpointIsConfigured() {
        aws.config("""
                [profile plain]
                region = eu-west-1
                [profile emulated]
                services = local
                [services local]
                s3 =
                  endpoint_url = http://127.0.0.1:1
                """);
        EndpointOverrides env = new EndpointOverrides(Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:1"),
                java.util.Properties::new);
        EndpointOverrides none = new EndpointOverrides(Map.of(), java.util.Properties::new);
        EndpointOverrides ignored = new EndpointOverrides(Map.of("AWS_ENDPOINT_URL", "http://127.0.0.1:1",
                "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true"), java.util.Properties::new);
        var file = new ProfileFiles(aws.locations()).current();

        assertThat(env.configuredFor("S3", "S3", "s3", file, "plain")).isTrue();
        assertThat(none.configuredFor("S3", "S3", "s3", file, "plain")).isFalse();
        assertThat(none.configuredFor("S3", "S3", "s3", file, "emulated")).isTrue();
        assertThat(ignored.configuredFor("S3", "S3", "s3", file, "plain")).isFalse();
    }

    private void callEverything(String profile) {
        try (DefaultAwsAccess access = new DefaultAwsAccess(aws.locations(), TestSettings.patient(),
                MfaCodeProvider.none())) {
            AwsClients clients = access.clients(profile);
            CALLS.values().forEach(call -> invoke(clients, call));
        }
    }

    private static <C extends SdkClient> void invoke(AwsClients clients, Call<C> call) {
        try {
            call.read().accept(clients.client(call.type(), "eu-west-1"));
        } catch (RuntimeException answerWasEmpty) {
            // the double answers 200 with no body; where the request went is all this test looks at
        }
    }

    private static void assertEveryServiceHit(WireMockServer server, List<String> clientNames) {
        List<String> agents = server.findAll(anyRequestedFor(anyUrl())).stream()
                .map(r -> r.getHeader("User-Agent")).toList();
        for (String name : clientNames) {
            String api = " api/" + CALLS.get(name).serviceId() + "#";
            assertThat(agents).as(name + " reached the local endpoint").anyMatch(a -> a.contains(api));
        }
        assertThat(agents).as("one request per client").hasSize(clientNames.size());
    }
}
