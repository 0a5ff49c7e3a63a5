package io.secpillar.evidence.checks.s3;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.s3.Buckets.*;
import static org.assertj.core.api.Assertions.assertThat;

class S3BucketSecureTransportPolicyTest {

    private final S3BucketSecureTransportPolicy check = new S3BucketSecureTransportPolicy();

    @Test
    void onlyADenyOfAllS3ActionsForEveryoneOverPlainHttpPasses() {
        String tlsOnly = """
                {"Version":"2012-10-17","Statement":{"Sid":"TlsOnly","Effect":"Deny","Principal":{"AWS":["*"]},
                 "Action":["s3:*"],"Resource":["arn:aws:s3:::a","arn:aws:s3:::a/*"],
                 "Condition":{"Bool":{"aws:securetransport":false}}}}""";
        String onlyGetObject = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:GetObject",
                 "Resource":"arn:aws:s3:::b/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""";
        String allowOnly = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:*",
                 "Resource":"arn:aws:s3:::c/*","Condition":{"Bool":{"aws:SecureTransport":"true"}}}]}""";

        String bucketArnOnly = """
                {"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":"*","Action":"s3:*",
                 "Resource":"arn:aws:s3:::g","Condition":{"Bool":{"aws:SecureTransport":"false"}}}}""";
        String outsideOfficeOnly = """
                {"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":"*","Action":"s3:*",
                 "Resource":["arn:aws:s3:::h","arn:aws:s3:::h/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"},
                 "NotIpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}}""";

        List<Finding> findings = check.evaluate(inventory(
                bucket("a", "us-east-1").policy(tlsOnly), bucket("b", "us-east-1").policy(onlyGetObject),
                bucket("c", "us-east-1").policy(allowOnly), bucket("d", "us-east-1").policy(null),
                bucket("e", "us-east-1").policy("{not json"), bucket("f", "us-east-1"),
                bucket("g", "us-east-1").policy(bucketArnOnly), bucket("h", "us-east-1").policy(outsideOfficeOnly)),
                ACCOUNT);

        assertThat(findings).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.FAIL,
                Status.FAIL, Status.COULD_NOT_ASSESS, Status.COULD_NOT_ASSESS, Status.FAIL, Status.COULD_NOT_ASSESS);
        assertThat(findings.get(6).reason()).contains("leaves plain HTTP open");
        assertThat(findings.get(7).reason()).contains("aws:SourceIp");
        assertThat(findings.get(0).proof()).contains("TlsOnly").doesNotContain("Version");
        assertThat(findings.get(3).proof()).isEqualTo("NoSuchBucketPolicy");
        assertThat(findings.get(4).reason()).contains("could not be parsed");
        assertThat(findings.get(5).reason()).contains("s3:GetBucketPolicy");
    }
}
