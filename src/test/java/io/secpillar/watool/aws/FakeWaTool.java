package io.secpillar.watool.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secpillar.evidence.aws.AwsClientSettings;
import io.secpillar.evidence.aws.AwsConfigLocations;
import io.secpillar.evidence.aws.DefaultAwsAccess;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.watool.WaAccessList;
import io.secpillar.watool.aws.WaToolState.Reply;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The WA Tool on 127.0.0.1: WireMock answering in the service's REST-JSON wire format from {@link WaToolState},
 * with AWS profile files whose {@code endpoint_url} points at it, so the product's own access layer and WA Tool
 * client talk to it exactly as to AWS. Failures (throttling, AccessDenied) are stubs in front of the fake.
 */
public final class FakeWaTool implements AutoCloseable {

    public static final String PROFILE = "client";
    public static final String REGION = WaToolState.REGION;
    private static final String TRANSFORMER = "wa-tool";

    final WaToolState state = new WaToolState();
    private final WaToolApi api = new WaToolApi(state);
    private final WireMockServer server;
    private final Path dir;

    public FakeWaTool(Path dir) {
        this.dir = dir;
        this.server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .extensions(new Transformer()));
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withTransformers(TRANSFORMER)));
        write("config", """
                [profile client]
                region = eu-central-1
                endpoint_url = http://127.0.0.1:%d

                [profile mfa-role]
                role_arn = arn:aws:iam::111122223333:role/WaToolWriter
                source_profile = client
                mfa_serial = arn:aws:iam::999988887777:mfa/consultant
                region = eu-central-1
                endpoint_url = http://127.0.0.1:%d
                """.formatted(server.port(), server.port()));
        write("credentials", """
                [client]
                aws_access_key_id = AKIAWATOOLTEST000001
                aws_secret_access_key = watool-test-secret
                """);
    }

    /** The product's access layer over these profile files, patient enough for a busy machine, three attempts. */
    public DefaultAwsAccess access(MfaCodeProvider mfa) {
        return new DefaultAwsAccess(locations(), new AwsClientSettings(Duration.ofSeconds(30), Duration.ofSeconds(10),
                Duration.ofSeconds(2), Duration.ofSeconds(10), 3), mfa);
    }

    public AwsConfigLocations locations() {
        return AwsConfigLocations.of(dir.resolve("config"), dir.resolve("credentials"), dir.resolve("sso"));
    }

    /** A port for the client profile through the product's connector. */
    public SdkWaToolPort port(WaToolConnector connector, WaAccessList allowed) {
        return connector.open(PROFILE, REGION, allowed);
    }

    /** The next {@code times} calls of the operation are throttled (HTTP 429 ThrottlingException), then it works. */
    public void throttle(String method, String pathRegex, int times) {
        String scenario = "throttle " + method + " " + pathRegex;
        for (int i = 0; i < times; i++) {
            server.stubFor(request(method, urlPathMatching(pathRegex)).atPriority(1).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "throttled-" + i)
                    .willSetStateTo("throttled-" + (i + 1))
                    .willReturn(error(429, "ThrottlingException", "Rate exceeded")));
        }
    }

    /** Every call of the operation is refused as IAM would refuse it. */
    public void deny(String method, String pathRegex, String action) {
        fail(method, pathRegex, 403, "AccessDeniedException", "User: arn:aws:iam::111122223333:user/consultant is not"
                + " authorized to perform: " + action);
    }

    /** Every call of the operation fails with the status and error type, e.g. 409 ConflictException. */
    public void fail(String method, String pathRegex, int status, String type, String message) {
        server.stubFor(request(method, urlPathMatching(pathRegex)).atPriority(1).willReturn(error(status, type,
                message)));
    }

    /** The first call of the operation gets this JSON body with status 200, later ones the fake's answer. */
    public void answerOnce(String method, String pathRegex, String json) {
        String scenario = "once " + method + " " + pathRegex;
        server.stubFor(request(method, urlPathMatching(pathRegex)).atPriority(1).inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("answered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(json)));
    }

    public List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    /** The requests of one operation, by method and path pattern (e.g. PATCH, .../answers/.*). */
    public List<LoggedRequest> requests(String method, String pathRegex) {
        return requests().stream().filter(r -> r.getMethod().getName().equals(method)
                && r.getUrl().split("\\?")[0].matches(pathRegex)).toList();
    }

    public void resetRequests() {
        server.resetRequests();
    }

    private static ResponseDefinitionBuilder error(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", type).withHeader("x-amzn-RequestId", "req-" + status)
                .withBody(JsonNodeFactory.instance.objectNode().put("Message", message).toString());
    }

    private void write(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private final class Transformer implements ResponseDefinitionTransformerV2 {
        @Override
        public String getName() {
            return TRANSFORMER;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Request r = event.getRequest();
            String[] urlParts = r.getUrl().split("\\?", 2);
            List<String> path = Arrays.stream(urlParts[0].split("/")).filter(s -> !s.isEmpty())
                    .map(s -> URLDecoder.decode(s, StandardCharsets.UTF_8)).toList();
            Map<String, String> query = new LinkedHashMap<>();
            if (urlParts.length > 1) {
                for (String pair : urlParts[1].split("&")) {
                    String[] kv = pair.split("=", 2);
                    query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                            kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
                }
            }
            Reply reply;
            try {
                JsonNode body = r.getBodyAsString().isBlank() ? JsonNodeFactory.instance.objectNode()
                        : WaToolState.JSON.readTree(r.getBodyAsString());
                reply = api.handle(r.getMethod().getName(), path, query, body);
            } catch (IOException | RuntimeException e) {
                reply = Reply.error(400, "ValidationException", "bad request: " + e.getMessage());
            }
            ResponseDefinitionBuilder out = aResponse().withStatus(reply.status())
                    .withHeader("Content-Type", "application/json").withHeader("x-amzn-RequestId", "fake-wa-tool")
                    .withBody(reply.body());
            if (reply.errorType() != null) {
                out = out.withHeader("x-amzn-ErrorType", reply.errorType());
            }
            return out.build();
        }
    }
}
