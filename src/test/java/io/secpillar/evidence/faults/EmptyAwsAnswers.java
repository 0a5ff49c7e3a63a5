package io.secpillar.evidence.faults;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

/**
 * The answer of an account that has nothing of a kind (no analyzers, no backup plans, no RDS…), in each
 * protocol's own success shape, for every call the world does not stub with content. The SDK reads these as
 * empty results, so every check still decides something.
 */
final class EmptyAwsAnswers implements ResponseDefinitionTransformerV2 {

    static final String NAME = "aws-empty";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request r = event.getRequest();
        return switch (AwsProtocol.of(r)) {
            case JSON -> answer("application/x-amz-json-1.1", "{}");
            case QUERY -> answer("text/xml", "<" + AwsProtocol.action(r) + "Response><" + AwsProtocol.action(r)
                    + "Result/><ResponseMetadata><RequestId>empty</RequestId></ResponseMetadata></"
                    + AwsProtocol.action(r) + "Response>");
            case EC2 -> answer("text/xml", "<" + AwsProtocol.action(r) + "Response xmlns=\"http://ec2.amazonaws.com/doc/"
                    + "2016-11-15/\"><requestId>empty</requestId></" + AwsProtocol.action(r) + "Response>");
            case REST_XML -> "/".equals(r.getUrl()) || r.getUrl().startsWith("/?")
                    ? answer("application/xml", "<ListAllMyBucketsResult><Buckets/></ListAllMyBucketsResult>")
                    : answer("application/xml", "<Empty/>");
            case REST_JSON -> answer("application/json", "{}");
        };
    }

    private static ResponseDefinition answer(String contentType, String body) {
        return responseDefinition().withStatus(200).withHeader("Content-Type", contentType).withBody(body).build();
    }
}
