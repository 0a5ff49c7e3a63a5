package io.secpillar.evidence.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Is plain HTTP refused for every request to this bucket and its objects?" */
class InsecureTransportTest {

    private static final String BUCKET = "arn:aws:s3:::reports";

    private static Verdict ask(String resource, String principal, String action, String condition) {
        return PolicyAnalyzer.of("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"TlsOnly\",\"Effect\":\"Deny\","
                + "\"Principal\":" + principal + ",\"Action\":" + action + ",\"Resource\":" + resource
                + ",\"Condition\":" + condition + "}]}").deniesInsecureTransport(BUCKET);
    }

    private static final String BOTH = "[\"arn:aws:s3:::reports\",\"arn:aws:s3:::reports/*\"]";
    private static final String HTTP = "{\"Bool\":{\"aws:SecureTransport\":\"false\"}}";

    @Test
    void aDenyOnTheBucketAndItsObjectsForEveryoneAndEveryActionPasses() {
        Verdict v = ask(BOTH, "\"*\"", "\"s3:*\"", HTTP);
        assertThat(v.answer()).isEqualTo(Answer.YES);
        assertThat(v.statementLabels()).containsExactly("TlsOnly");
        assertThat(ask(BOTH, "{\"AWS\":\"*\"}", "\"*\"", "{\"BoolIfExists\":{\"aws:securetransport\":false}}").answer())
                .isEqualTo(Answer.YES);
        assertThat(ask("\"arn:aws:s3:::reports*\"", "\"*\"", "\"s3:*\"", HTTP).answer()).isEqualTo(Answer.YES);
    }

    @Test
    void aDenyThatCoversOnlyTheBucketArnLeavesObjectsOverHttp() {
        Verdict v = ask("\"arn:aws:s3:::reports\"", "\"*\"", "\"s3:*\"", HTTP);
        assertThat(v.answer()).isEqualTo(Answer.NO);
        assertThat(v.reason()).contains("arn:aws:s3:::reports/<any>");
    }

    @Test
    void aDenyOfSomeActionsOrSomePrincipalsIsNotEnough() {
        assertThat(ask(BOTH, "\"*\"", "[\"s3:GetObject\",\"s3:PutObject\"]", HTTP).answer()).isEqualTo(Answer.NO);
        assertThat(ask(BOTH, "{\"AWS\":\"arn:aws:iam::111122223333:root\"}", "\"s3:*\"", HTTP).answer()).isEqualTo(Answer.NO);
        assertThat(ask(BOTH, "\"*\"", "\"s3:*\"", "{\"Bool\":{\"aws:SecureTransport\":\"true\"}}").answer()).isEqualTo(Answer.NO);
    }

    @Test
    void aDenyNarrowedByAnotherConditionIsNotEnough() {
        assertThat(ask(BOTH, "\"*\"", "\"s3:*\"", "{\"Bool\":{\"aws:SecureTransport\":\"false\"},"
                + "\"StringEquals\":{\"aws:PrincipalAccount\":\"111122223333\"}}").answer()).isEqualTo(Answer.NO);
        Verdict tag = ask(BOTH, "\"*\"", "\"s3:*\"", "{\"Bool\":{\"aws:SecureTransport\":\"false\"},"
                + "\"StringEquals\":{\"aws:PrincipalTag/team\":\"x\"}}");
        assertThat(tag.answer()).isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void noDenyAtAllIsNo() {
        Verdict v = PolicyAnalyzer.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::reports/*\"}}").deniesInsecureTransport(BUCKET);
        assertThat(v.answer()).isEqualTo(Answer.NO);
    }
}
