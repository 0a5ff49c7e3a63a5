package io.secpillar.evidence.aws.s3;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.secpillar.evidence.Check;
import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.checks.CheckCatalogSlices;
import io.secpillar.evidence.inventory.s3.S3BucketSettings;
import io.secpillar.evidence.inventory.s3.S3Inventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The S3 collector with the real SDK against a local server speaking S3's REST-XML: path-style bucket
 * subresources, XML error bodies, two pages of buckets, buckets in two regions, a refused read.
 */
class S3InventoryCollectorTest {

    @RegisterExtension
    static WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private static final Target TARGET = new Target("audit", "111122223333", "us-east-1");

    @Test
    void readsEveryPageAndEachBucketsSettingsInItsRegion() {
        stubMixedAccount();

        S3Inventory inventory = new S3InventoryCollector().collect(new S3ControlThroughProxyClients(aws.getPort()), TARGET);

        Map<String, S3BucketSettings> buckets = inventory.buckets().value().stream()
                .collect(Collectors.toMap(S3BucketSettings::name, Function.identity()));
        assertThat(buckets).containsOnlyKeys("app-data", "logs-eu", "legacy-bucket", "locked-bucket");

        S3BucketSettings app = buckets.get("app-data");
        assertThat(app.arn()).isEqualTo("arn:aws:s3:::app-data");
        assertThat(app.region().value()).isEqualTo("us-east-1");
        assertThat(app.encryption().value().orElseThrow().rules().get(0).sseAlgorithm()).isEqualTo("AES256");
        assertThat(app.encryption().value().orElseThrow().proof()).startsWith("ServerSideEncryptionConfiguration(");
        assertThat(app.publicAccessBlock().value().orElseThrow().restrictPublicBuckets()).isTrue();
        assertThat(app.policy().value().orElseThrow()).contains("aws:SecureTransport");
        assertThat(app.versioning().value().status()).isEqualTo("Enabled");
        assertThat(app.versioning().value().proof()).startsWith("GetBucketVersioningResponse(");
        assertThat(app.logging().value().targetBucket()).isEqualTo("logs-eu");
        assertThat(app.logging().value().proof()).startsWith("GetBucketLoggingResponse(");
        assertThat(app.ownershipControls().value().orElseThrow().objectOwnerships().get(0))
                .isEqualTo("BucketOwnerEnforced");
        assertThat(app.publicAccessBlock().value().orElseThrow().proof()).startsWith("PublicAccessBlockConfiguration(");

        S3BucketSettings logs = buckets.get("logs-eu");
        assertThat(logs.region().value()).isEqualTo("eu-west-1");
        assertThat(List.of(logs.encryption(), logs.publicAccessBlock(), logs.policy(), logs.ownershipControls()))
                .allSatisfy(f -> assertThat(f.value()).isEmpty());
        assertThat(logs.versioning().value().status()).isNull();
        assertThat(logs.logging().value().targetBucket()).isNull();

        S3BucketSettings legacy = buckets.get("legacy-bucket");
        assertThat(legacy.region().value()).as("legacy EU location").isEqualTo("eu-west-1");
        assertThat(legacy.encryption().value().orElseThrow().rules().get(0).kmsMasterKeyId())
                .endsWith("key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        assertDenied(legacy.policy(), "s3:GetBucketPolicy");
        assertThat(legacy.versioning().value().status()).isEqualTo("Suspended");

        S3BucketSettings locked = buckets.get("locked-bucket");
        assertDenied(locked.region(), "s3:GetBucketLocation");
        assertDenied(locked.encryption(), "s3:GetBucketLocation");
        assertThat(locked.targetIn(TARGET).region()).isEqualTo("us-east-1");

        assertThat(inventory.accountPublicAccessBlock().value()).isEmpty();
        aws.verify(1, getRequestedFor(urlPathEqualTo("/")).withQueryParam("continuation-token", absent()));
        aws.verify(1, getRequestedFor(urlPathEqualTo("/")).withQueryParam("continuation-token", equalTo("page-2-token")));
        aws.verify(0, getRequestedFor(urlEqualTo("/app-data?location")));
        aws.verify(getRequestedFor(urlPathEqualTo("/v20180820/configuration/publicAccessBlock"))
                .withHeader("x-amz-account-id", equalTo("111122223333")));
    }

    @Test
    void refusedListingLeavesTheAccountBlockReadable() {
        aws.stubFor(get(urlPathEqualTo("/")).willReturn(s3Error(403, "AccessDenied", "Access Denied")));
        aws.stubFor(accountBlock().willReturn(aResponse().withStatus(200).withBody("""
                <?xml version="1.0" encoding="UTF-8"?>
                <PublicAccessBlockConfiguration xmlns="http://awss3control.amazonaws.com/doc/2018-08-20/">
                  <BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls>
                  <BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets>
                </PublicAccessBlockConfiguration>""")));

        S3Inventory inventory = new S3InventoryCollector().collect(new S3ControlThroughProxyClients(aws.getPort()), TARGET);

        assertDenied(inventory.buckets(), "s3:ListAllMyBuckets");
        assertThat(inventory.buckets().explanation()).contains("s3:ListAllMyBuckets");
        assertThat(inventory.accountPublicAccessBlock().value().orElseThrow().restrictPublicBuckets()).isTrue();
    }

    @Test
    void slowDownIsKeptAsThrottling() {
        aws.stubFor(get(urlPathEqualTo("/")).willReturn(s3Error(503, "SlowDown", "Please reduce your request rate.")));
        aws.stubFor(accountBlock().willReturn(aResponse().withStatus(403).withBody("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ErrorResponse><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>\
                <RequestId>7BHR2KQ6</RequestId><HostId>hzdTmFoVdQ==</HostId></ErrorResponse>""")));

        S3Inventory inventory = new S3InventoryCollector().collect(new S3ControlThroughProxyClients(aws.getPort()), TARGET);

        assertThat(inventory.buckets().reason()).isEqualTo(CouldNotAssessReason.THROTTLED);
        assertDenied(inventory.accountPublicAccessBlock(), "s3:GetAccountPublicAccessBlock");
    }

    @Test
    void theS3ChecksJudgeTheMixedAccountBucketByBucket() {
        stubMixedAccount();
        S3Inventory inventory = new S3InventoryCollector().collect(new S3ControlThroughProxyClients(aws.getPort()), TARGET);

        Map<String, Status> verdicts = new TreeMap<>();
        for (Check<?> check : CheckCatalogSlices.of("s3")) {
            for (Finding f : evaluate(check, inventory, TARGET.global())) {
                verdicts.put(f.checkId() + " " + f.resourceId().replace("arn:aws:s3:::", ""), f.status());
            }
        }

        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                entry("s3_account_level_public_access_blocks 111122223333", Status.FAIL),
                entry("s3_bucket_default_encryption app-data", Status.PASS),
                entry("s3_bucket_default_encryption logs-eu", Status.FAIL),
                entry("s3_bucket_default_encryption legacy-bucket", Status.PASS),
                entry("s3_bucket_default_encryption locked-bucket", Status.COULD_NOT_ASSESS),
                entry("s3_bucket_level_public_access_block app-data", Status.PASS),
                entry("s3_bucket_level_public_access_block logs-eu", Status.FAIL),
                entry("s3_bucket_level_public_access_block legacy-bucket", Status.FAIL),
                entry("s3_bucket_level_public_access_block locked-bucket", Status.COULD_NOT_ASSESS),
                entry("s3_bucket_secure_transport_policy app-data", Status.PASS),
                entry("s3_bucket_secure_transport_policy logs-eu", Status.FAIL),
                entry("s3_bucket_secure_transport_policy legacy-bucket", Status.COULD_NOT_ASSESS),
                entry("s3_bucket_secure_transport_policy locked-bucket", Status.COULD_NOT_ASSESS),
                entry("s3_bucket_object_versioning app-data", Status.PASS),
                entry("s3_bucket_object_versioning logs-eu", Status.FAIL),
                entry("s3_bucket_object_versioning legacy-bucket", Status.FAIL),
                entry("s3_bucket_object_versioning locked-bucket", Status.COULD_NOT_ASSESS),
                entry("s3_bucket_server_access_logging_enabled app-data", Status.PASS),
                entry("s3_bucket_server_access_logging_enabled logs-eu", Status.FAIL),
                entry("s3_bucket_server_access_logging_enabled legacy-bucket", Status.FAIL),
                entry("s3_bucket_server_access_logging_enabled locked-bucket", Status.COULD_NOT_ASSESS),
                entry("s3_bucket_acl_prohibited app-data", Status.PASS),
                entry("s3_bucket_acl_prohibited logs-eu", Status.FAIL),
                entry("s3_bucket_acl_prohibited legacy-bucket", Status.FAIL),
                entry("s3_bucket_acl_prohibited locked-bucket", Status.COULD_NOT_ASSESS)));
    }

    private static <I> List<Finding> evaluate(Check<I> check, Object inventory, Target target) {
        return check.evaluate(check.inventoryType().cast(inventory), target);
    }

    /** Four buckets over two pages: one well configured, one bare, one legacy with a refused policy read, one unreachable. */
    private static void stubMixedAccount() {
        stubBucketPages();
        stubBucket("app-data", Map.of("encryption", ok("encryption-aes256.xml"),
                "publicAccessBlock", ok("public-access-block-full.xml"),
                "policy", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(fixture("policy-tls-only.json")),
                "versioning", ok("versioning-enabled.xml"), "logging", ok("logging-enabled.xml"),
                "ownershipControls", ok("ownership-enforced.xml")));
        stubBucket("logs-eu", Map.of("encryption", s3Error(404, "ServerSideEncryptionConfigurationNotFoundError",
                        "The server side encryption configuration was not found"),
                "publicAccessBlock", s3Error(404, "NoSuchPublicAccessBlockConfiguration",
                        "The public access block configuration was not found"),
                "policy", s3Error(404, "NoSuchBucketPolicy", "The bucket policy does not exist"),
                "versioning", ok("versioning-never.xml"), "logging", ok("logging-disabled.xml"),
                "ownershipControls", s3Error(404, "OwnershipControlsNotFoundError",
                        "The bucket ownership controls were not found")));
        aws.stubFor(get(urlEqualTo("/legacy-bucket?location")).willReturn(ok("location-eu.xml")));
        stubBucket("legacy-bucket", Map.of("encryption", ok("encryption-kms.xml"),
                "publicAccessBlock", ok("public-access-block-partial.xml"),
                "policy", s3Error(403, "AccessDenied", "Access Denied"),
                "versioning", ok("versioning-suspended.xml"), "logging", ok("logging-disabled.xml"),
                "ownershipControls", ok("ownership-object-writer.xml")));
        aws.stubFor(get(urlEqualTo("/locked-bucket?location")).willReturn(s3Error(403, "AccessDenied", "Access Denied")));
        aws.stubFor(accountBlock().willReturn(aResponse().withStatus(404).withBody("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ErrorResponse><Error><Code>NoSuchPublicAccessBlockConfiguration</Code>\
                <Message>The public access block configuration was not found</Message>\
                <AccountId>111122223333</AccountId></Error>\
                <RequestId>7BHR2KQ5</RequestId><HostId>hzdTmFoVdQ==</HostId></ErrorResponse>""")));

    }

    private static void stubBucketPages() {
        aws.stubFor(get(urlPathEqualTo("/")).withQueryParam("max-buckets", equalTo("1000"))
                .withQueryParam("continuation-token", absent()).willReturn(ok("list-buckets-page1.xml")));
        aws.stubFor(get(urlPathEqualTo("/")).withQueryParam("max-buckets", equalTo("1000"))
                .withQueryParam("continuation-token", equalTo("page-2-token")).willReturn(ok("list-buckets-page2.xml")));
    }

    /** Maps each setting to its S3 subresource: GET /bucket?encryption and so on. */
    private static void stubBucket(String bucket, Map<String, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder> answers) {
        Map<String, String> subresource = Map.of("encryption", "encryption", "publicAccessBlock", "publicAccessBlock",
                "policy", "policy", "versioning", "versioning", "logging", "logging",
                "ownershipControls", "ownershipControls");
        answers.forEach((setting, answer) ->
                aws.stubFor(get(urlEqualTo("/" + bucket + "?" + subresource.get(setting))).willReturn(answer)));
    }

    private static MappingBuilder accountBlock() {
        return get(urlPathEqualTo("/v20180820/configuration/publicAccessBlock"));
    }

    private static void assertDenied(Fetched<?> read, String permission) {
        assertThat(read.isOk()).isFalse();
        assertThat(read.reason()).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        assertThat(read.operation()).isEqualTo(permission);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String file) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/xml").withBody(fixture(file));
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder s3Error(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/xml").withBody("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Error><Code>%s</Code><Message>%s</Message><RequestId>4442587FB7D0A2F9</RequestId>\
                <HostId>Uuag1LuByRx9e6j5Onimru9pO4ZVKnJ2Qz7/C1NPcfTWAtRPfTaOFg==</HostId></Error>""".formatted(code, message));
    }

    static String fixture(String name) {
        try (InputStream in = S3InventoryCollectorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
