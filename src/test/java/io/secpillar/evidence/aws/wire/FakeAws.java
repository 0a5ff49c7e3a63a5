package io.secpillar.evidence.aws.wire;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.TestAwsClients;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock server on 127.0.0.1 that answers the real SDK clients in AWS's wire formats: the query protocol
 * with XML answers (IAM), AWS JSON 1.1 (CloudTrail, Config, KMS, Organizations) and REST-JSON (GuardDuty,
 * Security Hub, Inspector2, Macie2, Backup, Access Analyzer, Account). Bodies are written by each test, modelled
 * on the examples of the AWS API references. Anything not stubbed gets a 599 so a missing stub fails loudly.
 * A JUnit extension: {@code @RegisterExtension final FakeAws aws = FakeAws.perTest();} gives each test a server of
 * its own, stopped after it.
 */
public final class FakeAws implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

    public static final String IAM_XMLNS = "https://iam.amazonaws.com/doc/2010-05-08/";

    private WireMockServer server;

    private FakeAws() {
    }

    /** A server started before each test and stopped after it. */
    public static FakeAws perTest() {
        return new FakeAws();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(any(anyUrl()).atPriority(10)
                .willReturn(aResponse().withStatus(599).withBody("no stub for this request")));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    public AwsClients clients() {
        return new TestAwsClients("http://127.0.0.1:" + server.port());
    }

    public WireMockServer server() {
        return server;
    }

    public List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    // ---- query protocol (IAM): POST / with a form body "Action=X&Version=2010-05-08&..."

    /** Answers {@code Action=action} (and, if given, a body containing each extra fragment) with a result. */
    public void query(String action, String resultXml, String... bodyFragments) {
        server.stubFor(queryRequest(action, bodyFragments).willReturn(queryResult(action, resultXml)));
    }

    /** Answers {@code Action=action} with an IAM error document. */
    public void queryError(String action, int status, String code, String message, String... bodyFragments) {
        server.stubFor(queryRequest(action, bodyFragments).willReturn(queryError(status, code, message)));
    }

    /** A query-protocol success: {@code <XResponse><XResult>…</XResult><ResponseMetadata/></XResponse>}. */
    public static ResponseDefinitionBuilder queryResult(String action, String resultXml) {
        return xml(200, "<" + action + "Response xmlns=\"" + IAM_XMLNS + "\">"
                + "<" + action + "Result>" + resultXml + "</" + action + "Result>"
                + "<ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata>"
                + "</" + action + "Response>");
    }

    /** A query-protocol error document as IAM sends it. */
    public static ResponseDefinitionBuilder queryError(int status, String code, String message) {
        return xml(status, "<ErrorResponse xmlns=\"" + IAM_XMLNS + "\"><Error><Type>Sender</Type><Code>" + code
                + "</Code><Message>" + message + "</Message></Error>"
                + "<RequestId>5ad5b1a2-2c1c-4f2b-a6c6-2f5bEXAMPLE</RequestId></ErrorResponse>");
    }

    /** A stub for an action answered differently on successive calls (e.g. a report still being generated). */
    public MappingBuilder queryRequest(String action, String... bodyFragments) {
        MappingBuilder mapping = post(urlEqualTo("/")).atPriority(bodyFragments.length == 0 ? 5 : 1)
                .withRequestBody(containing("Action=" + action + "&"));
        for (String fragment : bodyFragments) {
            mapping = mapping.withRequestBody(containing(fragment));
        }
        return mapping;
    }

    public static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }

    // ---- AWS JSON 1.1: POST / with X-Amz-Target: Prefix.Operation

    /** Answers the operation whose target is {@code target}; extra fragments must appear in the request body. */
    public void json(String target, String body, String... bodyFragments) {
        server.stubFor(jsonRequest(target, bodyFragments).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body)));
    }

    public void jsonError(String target, int status, String type, String message, String... bodyFragments) {
        server.stubFor(jsonRequest(target, bodyFragments).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}")));
    }

    private MappingBuilder jsonRequest(String target, String... bodyFragments) {
        MappingBuilder mapping = post(urlEqualTo("/")).atPriority(bodyFragments.length == 0 ? 5 : 1)
                .withHeader("X-Amz-Target", equalTo(target));
        for (String fragment : bodyFragments) {
            mapping = mapping.withRequestBody(containing(fragment));
        }
        return mapping;
    }

    // ---- REST-JSON: the operation is the method and path

    public void rest(String method, String path, String body, String... bodyFragments) {
        server.stubFor(restRequest(method, path, bodyFragments).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** One page of a REST-JSON listing, told apart from the first page by its query parameter (e.g. nextToken). */
    public void restPage(String method, String path, String queryParam, String value, String body) {
        server.stubFor(request(method, urlPathEqualTo(path)).atPriority(1).withQueryParam(queryParam, equalTo(value))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body)));
    }

    /** A REST-JSON error the way most services send it: the type in x-amzn-ErrorType, the message in the body. */
    public void restError(String method, String path, int status, String type, String message) {
        server.stubFor(restRequest(method, path).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazonaws.svc/")
                .withBody("{\"message\":\"" + message + "\"}")));
    }

    /** A REST-JSON error carried in the body's {@code __type}, as GuardDuty and Macie send it. */
    public void restErrorInBody(String method, String path, int status, String type, String message) {
        server.stubFor(restRequest(method, path).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}")));
    }

    private MappingBuilder restRequest(String method, String path, String... bodyFragments) {
        MappingBuilder mapping = request(method, urlPathEqualTo(path))
                .atPriority(bodyFragments.length == 0 ? 5 : 1);
        for (String fragment : bodyFragments) {
            mapping = mapping.withRequestBody(containing(fragment));
        }
        return mapping;
    }

    @Override
    public void close() {
        server.stop();
    }
}
