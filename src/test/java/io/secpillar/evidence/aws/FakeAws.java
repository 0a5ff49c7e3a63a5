package io.secpillar.evidence.aws;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A local AWS double for the access-layer tests: WireMock on 127.0.0.1 answering STS and EC2 in their query/XML
 * wire format (bodies modelled on the AWS API reference examples), plus AWS profile files written into a
 * temporary directory. Nothing leaves the machine.
 */
final class FakeAws implements AutoCloseable {

    static final String STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";
    static final String EC2_NS = "http://ec2.amazonaws.com/doc/2016-11-15/";

    final WireMockServer server;
    final Path dir;

    FakeAws(Path dir) {
        this.dir = dir;
        this.server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.port();
    }

    Path config(String content) {
        return write("config", content);
    }

    Path credentials(String content) {
        return write("credentials", content);
    }

    Path write(String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    AwsConfigLocations locations() {
        return AwsConfigLocations.of(dir.resolve("config"), dir.resolve("credentials"), dir.resolve("sso-cache"));
    }

    /** A query-protocol action (STS, EC2, IAM…): a form POST to / whose body names the action. */
    static MappingBuilder action(String action) {
        return post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }

    static String callerIdentity(String account, String arn) {
        return """
                <GetCallerIdentityResponse xmlns="%s">
                  <GetCallerIdentityResult>
                    <Arn>%s</Arn>
                    <UserId>AIDASAMPLEUSERID00001</UserId>
                    <Account>%s</Account>
                  </GetCallerIdentityResult>
                  <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
                </GetCallerIdentityResponse>""".formatted(STS_NS, arn, account);
    }

    static String stsError(String type, String code, String message) {
        return """
                <ErrorResponse xmlns="%s">
                  <Error><Type>%s</Type><Code>%s</Code><Message>%s</Message></Error>
                  <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>
                </ErrorResponse>""".formatted(STS_NS, type, code, message);
    }

    static String regions(String... names) {
        StringBuilder items = new StringBuilder();
        for (String name : names) {
            items.append("<item><regionName>").append(name).append("</regionName><regionEndpoint>ec2.").append(name)
                    .append(".amazonaws.com</regionEndpoint><optInStatus>opt-in-not-required</optInStatus></item>");
        }
        return """
                <DescribeRegionsResponse xmlns="%s">
                  <requestId>59dbff89-35bd-4eac-99ed-be587EXAMPLE</requestId>
                  <regionInfo>%s</regionInfo>
                </DescribeRegionsResponse>""".formatted(EC2_NS, items);
    }

    static String ec2Error(String code, String message) {
        return "<Response><Errors><Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error></Errors><RequestID>ea966190-f9aa-478e-9ede-example</RequestID></Response>";
    }

    /** Answers GetCallerIdentity and DescribeRegions like a healthy account. */
    void healthyAccount(String account, String arn, String... regions) {
        server.stubFor(action("GetCallerIdentity").willReturn(xml(200, callerIdentity(account, arn))));
        server.stubFor(action("DescribeRegions").willReturn(xml(200, regions(regions))));
    }

    List<LoggedRequest> requests() {
        return server.findAll(anyRequestedFor(anyUrl()));
    }

    List<LoggedRequest> requestsFor(String action) {
        return requests().stream().filter(r -> r.getBodyAsString().contains("Action=" + action + "&")).toList();
    }

    /** The access key id a request was signed with, read from its SigV4 Authorization header. */
    static String signingKey(LoggedRequest request) {
        String auth = request.getHeader("Authorization");
        int start = auth.indexOf("Credential=") + "Credential=".length();
        return auth.substring(start, auth.indexOf('/', start));
    }

    @Override
    public void close() {
        server.stop();
    }
}
