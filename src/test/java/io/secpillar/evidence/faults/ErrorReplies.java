package io.secpillar.evidence.faults;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/** Error replies in each protocol's own format, as AWS sends them (codes and shapes from the API references). */
final class ErrorReplies {

    private ErrorReplies() {
    }

    static ResponseDefinition serverError(AwsProtocol p) {
        return switch (p) {
            case QUERY -> query(500, "Receiver", "InternalFailure", "The request processing has failed because of an unknown error.");
            case EC2 -> ec2(500, "InternalError", "An internal error has occurred.");
            case JSON -> json(500, "InternalFailure", "The request processing has failed because of an unknown error.");
            case REST_JSON -> restJson(500, "InternalServerException", "Internal server error.");
            case REST_XML -> s3(500, "InternalError", "We encountered an internal error. Please try again.");
        };
    }

    static ResponseDefinition unavailable(AwsProtocol p) {
        return switch (p) {
            case QUERY -> query(503, "Receiver", "ServiceUnavailable", "Service is unable to handle request.");
            case EC2 -> ec2(503, "Unavailable", "The server is overloaded and can't handle the request.");
            case JSON -> json(503, "ServiceUnavailableException", "Service is unavailable.");
            case REST_JSON -> restJson(503, "ServiceUnavailableException", "Service is unavailable.");
            case REST_XML -> s3(503, "ServiceUnavailable", "Please reduce your request rate.");
        };
    }

    static ResponseDefinition throttled(AwsProtocol p) {
        return switch (p) {
            case QUERY -> query(400, "Sender", "Throttling", "Rate exceeded");
            case EC2 -> ec2(503, "RequestLimitExceeded", "Request limit exceeded.");
            case JSON -> json(400, "ThrottlingException", "Rate exceeded");
            case REST_JSON -> restJson(429, "TooManyRequestsException", "Too many requests.");
            case REST_XML -> s3(503, "SlowDown", "Please reduce your request rate.");
        };
    }

    private static ResponseDefinition query(int status, String type, String code, String message) {
        return xml(status, "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>" + type
                + "</Type><Code>" + code + "</Code><Message>" + message + "</Message></Error>"
                + "<RequestId>f1a2b3c4-fault</RequestId></ErrorResponse>");
    }

    private static ResponseDefinition ec2(int status, String code, String message) {
        return xml(status, "<Response><Errors><Error><Code>" + code + "</Code><Message>" + message
                + "</Message></Error></Errors><RequestID>f1a2b3c4-fault</RequestID></Response>");
    }

    private static ResponseDefinition s3(int status, String code, String message) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/xml")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                        + "</Message><RequestId>FAULT1234</RequestId><HostId>host</HostId></Error>").build();
    }

    private static ResponseDefinition json(int status, String type, String message) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}").build();
    }

    private static ResponseDefinition restJson(int status, String type, String message) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazon.coral.service/")
                .withBody("{\"message\":\"" + message + "\"}").build();
    }

    private static ResponseDefinition xml(int status, String body) {
        return responseDefinition().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body).build();
    }
}
