package io.secpillar.evidence.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity-policy questions, with the named examples. */
class PolicyAnalyzerTest {

    private static Verdict admin(String statements) {
        return PolicyAnalyzer.of("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}").grantsFullAccess();
    }

    @Test
    void actionStarOnResourceStarIsFullAccess() {
        Verdict v = admin("{\"Sid\":\"Admin\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}");
        assertThat(v.answer()).isEqualTo(Answer.YES);
        assertThat(v.statementLabels()).containsExactly("Admin");
        assertThat(v.reason()).contains("Admin (Allow * on *)").contains("every action on every resource");
    }

    @Test
    void notActionEverythingButOneActionIsFullAccess() {
        Verdict v = admin("{\"Effect\":\"Allow\",\"NotAction\":\"iam:DeleteUser\",\"Resource\":\"*\"}");
        assertThat(v.answer()).isEqualTo(Answer.YES);
        assertThat(v.reason()).contains("every action except iam:DeleteUser");
    }

    @Test
    void notResourceOnActionStarIsFullAccess() {
        assertThat(admin("{\"Effect\":\"Allow\",\"Action\":[\"*\"],\"NotResource\":[\"arn:aws:s3:::secret\"]}").answer())
                .isEqualTo(Answer.YES);
    }

    @Test
    void serviceWildcardsAreNotFullAccess() {
        Verdict v = admin("{\"Effect\":\"Allow\",\"Action\":[\"s3:*\",\"ec2:*\"],\"Resource\":\"*\"}");
        assertThat(v.answer()).isEqualTo(Answer.NO);
        assertThat(v.reason()).isEqualTo("No statement allows every action on every resource.");
        assertThat(admin("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"arn:aws:s3:::b/*\"}").answer())
                .isEqualTo(Answer.NO);
    }

    @Test
    void starColonStarAndPartitionWideArnsCountAsEverything() {
        assertThat(admin("{\"Effect\":\"Allow\",\"Action\":\"*:*\",\"Resource\":\"arn:aws:*\"}").answer()).isEqualTo(Answer.YES);
    }

    @Test
    void aDenyOfEverythingTakesFullAccessBackButACarveOutDoesNot() {
        String allow = "{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},";
        Verdict carveOut = admin(allow + "{\"Effect\":\"Deny\",\"Action\":\"iam:*\",\"Resource\":\"*\"}");
        assertThat(carveOut.answer()).isEqualTo(Answer.YES);
        Verdict all = admin(allow + "{\"Sid\":\"Nope\",\"Effect\":\"Deny\",\"NotAction\":\"s3:GetObject\",\"Resource\":\"*\"}");
        assertThat(all.answer()).isEqualTo(Answer.NO);
        assertThat(all.statementLabels()).containsExactly("Nope");
    }

    @Test
    void conditionsTheHolderCanMeetDoNotNarrowFullAccess() {
        Verdict mfa = admin("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\","
                + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}");
        assertThat(mfa.answer()).isEqualTo(Answer.YES);
        assertThat(mfa.reason()).contains("aws:multifactorauthpresent=true");
        Verdict denyWithoutMfa = admin("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"BoolIfExists\":"
                + "{\"aws:MultiFactorAuthPresent\":\"false\"}}}");
        assertThat(denyWithoutMfa.answer()).isEqualTo(Answer.YES);
    }

    @Test
    void aConditionTheAnalyzerCannotJudgeMakesTheAnswerUnknown() {
        Verdict v = admin("{\"Sid\":\"Office\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\","
                + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}}");
        assertThat(v.answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(v.statementLabels()).containsExactly("Office");
        assertThat(v.reason()).contains("IpAddress aws:SourceIp 203.0.113.0/24").contains("does not judge");
        Verdict tagged = admin("{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},{\"Effect\":\"Deny\","
                + "\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":{\"StringNotEquals\":{\"aws:PrincipalTag/team\":\"ops\"}}}");
        assertThat(tagged.answer()).isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void passRoleOnEveryResource() {
        PolicyAnalyzer star = PolicyAnalyzer.of("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"iam:Pass*\",\"Resource\":\"*\"}}");
        assertThat(star.allowsOnEveryResource("iam:PassRole").answer()).isEqualTo(Answer.YES);
        assertThat(star.allowsOnEveryResource("IAM:passrole").answer()).isEqualTo(Answer.YES);
        PolicyAnalyzer scoped = PolicyAnalyzer.of("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"iam:PassRole\","
                + "\"Resource\":\"arn:aws:iam::111122223333:role/app-*\"}}");
        assertThat(scoped.allowsOnEveryResource("iam:PassRole").answer()).isEqualTo(Answer.NO);
        assertThat(scoped.allows("iam:PassRole", "arn:aws:iam::111122223333:role/app-web").answer()).isEqualTo(Answer.YES);
        assertThat(scoped.allows("iam:PassRole", "arn:aws:iam::111122223333:role/App-web").answer())
                .as("ARNs compare case-sensitively").isEqualTo(Answer.NO);
        assertThat(scoped.allows("iam:PassRole", "arn:aws:iam::111122223333:role/ops").reason())
                .isEqualTo("No statement allows iam:PassRole on arn:aws:iam::111122223333:role/ops.");
    }

    @Test
    void questionMarkMatchesExactlyOneCharacter() {
        PolicyAnalyzer p = PolicyAnalyzer.of("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:?etObject\",\"Resource\":\"arn:aws:s3:::b/?\"}}");
        assertThat(p.allows("s3:GetObject", "arn:aws:s3:::b/k").answer()).isEqualTo(Answer.YES);
        assertThat(p.allows("s3:GetObject", "arn:aws:s3:::b/kk").answer()).isEqualTo(Answer.NO);
        assertThat(p.allows("s3:GGetObject", "arn:aws:s3:::b/k").answer()).isEqualTo(Answer.NO);
    }

    @Test
    void policyVariablesInResourcesAreNotGuessed() {
        PolicyAnalyzer p = PolicyAnalyzer.of("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"s3:*\","
                + "\"Resource\":\"arn:aws:s3:::home/${aws:username}/*\"}}");
        assertThat(p.allows("s3:GetObject", "arn:aws:s3:::home/alice/x").answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(p.allows("s3:GetObject", "arn:aws:s3:::other/x").answer()).isEqualTo(Answer.NO);
    }

    @Test
    void dateAndNumericConditionsAreSatisfiableByTheCaller() {
        PolicyAnalyzer p = PolicyAnalyzer.of("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\","
                + "\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":\"2020-01-01T00:00:00Z\"},"
                + "\"NumericLessThanEquals\":{\"aws:MultiFactorAuthAge\":\"3600\"}}}}");
        assertThat(p.grantsFullAccess().answer()).isEqualTo(Answer.YES);
    }
}
