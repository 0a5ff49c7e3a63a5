package io.secpillar.evidence.policy;

import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyDocumentTest {

    @Test
    void readsEveryElementInItsSingleAndListForms() {
        PolicyDocument p = PolicyDocument.parse("""
                {"Version":"2012-10-17","Statement":[
                 {"Sid":"One","Effect":"Allow","Principal":{"AWS":["111122223333","arn:aws:iam::444455556666:role/R"],
                   "Service":"logs.amazonaws.com","Federated":"cognito-identity.amazonaws.com","CanonicalUser":"abc"},
                  "Action":"s3:GetObject","Resource":["arn:aws:s3:::b","arn:aws:s3:::b/*"],
                  "Condition":{"ForAnyValue:StringLikeIfExists":{"aws:TagKeys":["a*","b?"]},"Bool":{"aws:SecureTransport":true},
                   "NumericLessThan":{"s3:max-keys":10}}},
                 {"Effect":"Deny","NotPrincipal":"*","NotAction":["iam:*"],"NotResource":"arn:aws:iam::*:role/x"}]}
                """);
        assertThat(p.version()).contains("2012-10-17");
        Statement one = p.statements().get(0);
        assertThat(one.label()).isEqualTo("One");
        assertThat(one.principal().orElseThrow().of(PrincipalType.AWS)).hasSize(2);
        assertThat(one.principal().orElseThrow().of(PrincipalType.CANONICAL_USER)).containsExactly("abc");
        assertThat(one.conditions()).hasSize(3);
        Condition tags = one.conditions().get(0);
        assertThat(tags.operator().qualifier()).isEqualTo(ConditionOperator.SetQualifier.FOR_ANY_VALUE);
        assertThat(tags.operator().ifExists()).isTrue();
        assertThat(tags.operator().base()).isEqualTo(ConditionOperator.Base.STRING_LIKE);
        assertThat(one.conditions().get(1).values()).containsExactly("true");
        Statement two = p.statements().get(1);
        assertThat(two.label()).isEqualTo("statement 2");
        assertThat(two.principal().orElseThrow().negated()).isTrue();
        assertThat(two.action().negated()).isTrue();
        assertThat(two.resource().orElseThrow().negated()).isTrue();
    }

    @Test
    void aSingleStatementObjectIsAccepted() {
        PolicyDocument p = PolicyDocument.parse("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}");
        assertThat(p.statements()).hasSize(1);
        assertThat(p.version()).isEmpty();
    }

    @Test
    void urlEncodedDocumentsAsIamReturnsThemAreDecoded() {
        String json = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:Get*\","
                + "\"Resource\":\"arn:aws:s3:::a+b/*\"}]}";
        String encoded = URLEncoder.encode(json, StandardCharsets.UTF_8).replace("+", "%20");
        PolicyDocument p = PolicyDocument.parse(encoded);
        assertThat(p.statements().get(0).resource().orElseThrow().patterns()).containsExactly("arn:aws:s3:::a+b/*");
    }

    @Test
    void malformedDocumentsAreRefusedWithAReason() {
        assertThatThrownBy(() -> PolicyDocument.parse("{not json")).isInstanceOf(PolicyParseException.class)
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> PolicyDocument.parse("{\"Version\":\"2012-10-17\"}")).hasMessageContaining("no Statement");
        assertThatThrownBy(() -> PolicyDocument.parse(stmt("\"Effect\":\"allow\",\"Action\":\"*\"")))
                .hasMessageContaining("Effect must be Allow or Deny");
        assertThatThrownBy(() -> PolicyDocument.parse(stmt("\"Effect\":\"Allow\",\"Resource\":\"*\"")))
                .hasMessageContaining("neither Action nor NotAction");
        assertThatThrownBy(() -> PolicyDocument.parse(stmt("\"Effect\":\"Allow\",\"Action\":\"*\",\"NotAction\":\"s3:*\"")))
                .hasMessageContaining("both Action and NotAction");
        assertThatThrownBy(() -> PolicyDocument.parse(stmt("\"Effect\":\"Allow\",\"Actions\":\"*\"")))
                .hasMessageContaining("unknown element \"Actions\"");
        assertThatThrownBy(() -> PolicyDocument.parse(stmt("\"Effect\":\"Allow\",\"Action\":[]")))
                .hasMessageContaining("empty list");
        assertThatThrownBy(() -> PolicyDocument.parse(stmt("\"Effect\":\"Allow\",\"Action\":\"*\","
                + "\"Condition\":{\"StringEqualz\":{\"a:b\":\"c\"}}"))).hasMessageContaining("unknown condition operator");
        assertThatThrownBy(() -> PolicyDocument.parse(stmt("\"Effect\":\"Allow\",\"Action\":\"*\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::*:root\"}"))).hasMessageContaining("partial wildcard");
        assertThatThrownBy(() -> PolicyDocument.parse(stmt("\"Effect\":\"Allow\",\"Action\":\"*\",\"Principal\":\"me\"")))
                .hasMessageContaining("must be \"*\"");
        assertThatThrownBy(() -> PolicyDocument.parse("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Action\":\"s3:*\"}]}"))
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> PolicyDocument.parse("%7B%ZZ")).hasMessageContaining("bad escape");
        assertThatThrownBy(() -> PolicyDocument.parse(" ")).hasMessageContaining("empty");
    }

    private static String stmt(String body) {
        return "{\"Statement\":[{" + body + "}]}";
    }
}
