package io.secpillar.evidence.aws.wire;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Answers in AWS wire formats for inventory tests: query-protocol requests (POST / with a form body naming
 * the Action), XML bodies read from fixtures next to the test, and each protocol's error document.
 */
public final class AwsWire {

    private AwsWire() {
    }

    /** A query-protocol call: POST / whose form body carries Action=name. */
    public static MappingBuilder action(String name) {
        return post(urlPathEqualTo("/")).withRequestBody(containing("Action=" + name + "&"));
    }

    public static ResponseDefinitionBuilder xml(Class<?> test, String fixture) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/xml;charset=UTF-8")
                .withBody(fixture(test, fixture));
    }

    /** EC2's own error document: Response / Errors / Error, with RequestID. */
    public static ResponseDefinitionBuilder ec2Error(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Response><Errors><Error><Code>%s</Code><Message>%s</Message></Error></Errors>\
                <RequestID>9a6b0f0e-2d4c-4a57-8e0e-EXAMPLE</RequestID></Response>""".formatted(code, message));
    }

    /** The error document of the other query services (RDS, ELBv2, IAM, STS): ErrorResponse / Error. */
    public static ResponseDefinitionBuilder queryError(String namespace, int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml;charset=UTF-8").withBody("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ErrorResponse xmlns="%s"><Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>\
                <RequestId>c4f3a5d0-61b1-4b8e-9d44-EXAMPLE</RequestId></ErrorResponse>"""
                .formatted(namespace, code, message));
    }

    public static String fixture(Class<?> test, String name) {
        try (InputStream in = test.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name + " next to " + test.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
