package io.secpillar.evidence.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Who outside the account can do what?" on bucket, key, queue, topic, function, repository and trust policies. */
class ResourcePolicyTest {

    private static final String OWNER = "111122223333";
    private static final AccountBoundary BOUNDARY = AccountBoundary.of(OWNER);

    private static ExternalAccess access(String statements) {
        return PolicyAnalyzer.of("{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}").externalAccess(BOUNDARY);
    }

    @Test
    void aPublicBucketIsOpenToAnyone() {
        ExternalAccess a = access("{\"Sid\":\"Public\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"arn:aws:s3:::site/*\"}");
        assertThat(a.publicAccess().answer()).isEqualTo(Answer.YES);
        assertThat(a.publicAccess().reason()).contains("anyone can s3:GetObject (Public)");
        assertThat(a.publicAccess().statementLabels()).containsExactly("Public");
    }

    @Test
    void aQuestionCanBeNarrowedToTheActionsACheckCaresAbout() {
        PolicyAnalyzer readable = PolicyAnalyzer.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"s3:Get*\",\"Resource\":\"arn:aws:s3:::site/*\"}}");
        assertThat(readable.externalAccess(BOUNDARY, "s3:PutObject", "s3:DeleteObject").publicAccess().answer())
                .isEqualTo(Answer.NO);
        assertThat(readable.externalAccess(BOUNDARY, "s3:GetObject").publicAccess().answer()).isEqualTo(Answer.YES);
        PolicyAnalyzer writable = PolicyAnalyzer.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},"
                + "\"NotAction\":\"s3:Get*\",\"Resource\":\"*\"}}");
        assertThat(writable.externalAccess(BOUNDARY, "s3:PutObject").publicAccess().answer()).isEqualTo(Answer.YES);
    }

    @Test
    void awsStarIsAnyoneToo() {
        assertThat(access("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":\"sqs:SendMessage\","
                + "\"Resource\":\"arn:aws:sqs:eu-west-1:111122223333:q\"}").publicAccess().answer()).isEqualTo(Answer.YES);
    }

    @Test
    void theOwnAccountIsNotOutside() {
        ExternalAccess a = access("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},"
                + "\"Action\":\"kms:*\",\"Resource\":\"*\"}");
        assertThat(a.verdict().answer()).isEqualTo(Answer.NO);
        assertThat(a.grants()).isEmpty();
    }

    @Test
    void anotherAccountIsNamedAsTheGrantee() {
        ExternalAccess a = access("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"444455556666\"]},"
                + "\"Action\":[\"ecr:BatchGetImage\",\"ecr:GetDownloadUrlForLayer\"],\"Resource\":\"*\"}");
        assertThat(a.verdict().answer()).isEqualTo(Answer.YES);
        assertThat(a.publicAccess().answer()).isEqualTo(Answer.NO);
        assertThat(a.grants()).extracting(Grant::grantee).containsExactly(new Grantee(Grantee.Kind.ACCOUNT, "444455556666"));
        assertThat(a.grants().get(0).actions()).containsExactly("ecr:BatchGetImage, ecr:GetDownloadUrlForLayer");
        AccountBoundary trusted = new AccountBoundary(OWNER, java.util.Set.of("444455556666"), java.util.Set.of(),
                java.util.Set.of(), java.util.Set.of());
        assertThat(PolicyAnalyzer.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"444455556666\"]},"
                + "\"Action\":\"*\",\"Resource\":\"*\"}}").externalAccess(trusted).verdict().answer()).isEqualTo(Answer.NO);
    }

    @Test
    void conditionsOnTheCallersAccountOrOrganizationRestrictAStar() {
        assertThat(access("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"sns:Publish\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalAccount\":\"111122223333\"}}}").verdict().answer())
                .isEqualTo(Answer.NO);
        ExternalAccess org = access("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}}}");
        assertThat(org.publicAccess().answer()).isEqualTo(Answer.NO);
        assertThat(org.grants()).extracting(Grant::grantee).containsExactly(new Grantee(Grantee.Kind.ORGANIZATION, "o-abc123"));
        assertThat(PolicyAnalyzer.of("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"aws:PrincipalOrgID\":\"o-abc123\"}}}}")
                .externalAccess(BOUNDARY.withOrganization("o-abc123")).verdict().answer()).isEqualTo(Answer.NO);
    }

    @Test
    void aNegatedAccountConditionStillLetsEveryoneElseIn() {
        assertThat(access("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringNotEquals\":{\"aws:PrincipalAccount\":\"999988887777\"}}}").publicAccess().answer())
                .isEqualTo(Answer.YES);
    }

    @Test
    void aDenyOutsideTheOrganizationClosesAnAllowToStar() {
        ExternalAccess a = access("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":\"*\"},"
                + "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":"
                + "{\"StringNotEquals\":{\"aws:PrincipalAccount\":\"111122223333\"}}}");
        assertThat(a.publicAccess().answer()).isEqualTo(Answer.NO);
    }

    @Test
    void servicePrincipalsWithoutASourceConditionActForAnyAccount() {
        ExternalAccess open = access("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"},"
                + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::logs/*\"}");
        assertThat(open.verdictFor(Grantee.Kind.SERVICE).answer()).isEqualTo(Answer.YES);
        assertThat(open.grants().get(0).grantee()).isEqualTo(new Grantee(Grantee.Kind.SERVICE, "cloudtrail.amazonaws.com"));
        for (String condition : new String[] {"\"StringEquals\":{\"aws:SourceAccount\":\"111122223333\"}",
                "\"ArnLike\":{\"aws:SourceArn\":\"arn:aws:cloudtrail:*:111122223333:trail/*\"}",
                "\"StringEquals\":{\"aws:SourceOwner\":\"111122223333\"}"}) {
            ExternalAccess closed = access("{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"cloudtrail.amazonaws.com\"},"
                    + "\"Action\":\"s3:PutObject\",\"Resource\":\"arn:aws:s3:::logs/*\",\"Condition\":{" + condition + "}}");
            assertThat(closed.verdict().answer()).as(condition).isEqualTo(Answer.NO);
        }
    }

    @Test
    void aVpcEndpointConditionIsInsideOnlyWhenTheEndpointIsKnown() {
        String policy = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"aws:SourceVpce\":\"vpce-1a2b\"}}}}";
        assertThat(PolicyAnalyzer.of(policy).externalAccess(BOUNDARY).publicAccess().answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(PolicyAnalyzer.of(policy).externalAccess(BOUNDARY.withVpcEndpoints(java.util.Set.of("vpce-1a2b"),
                java.util.Set.of())).publicAccess().answer()).isEqualTo(Answer.NO);
    }

    @Test
    void sourceIpOnAPublicPolicyIsNotJudged() {
        Verdict v = access("{\"Sid\":\"Office\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\","
                + "\"Resource\":\"*\",\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"198.51.100.0/24\"}}}").publicAccess();
        assertThat(v.answer()).isEqualTo(Answer.UNKNOWN);
        assertThat(v.reason()).startsWith("Could not tell").contains("Office");
    }

    @Test
    void kmsCallerAccountAndViaServiceKeepAKeyInTheAccount() {
        assertThat(access("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"kms:Decrypt\"],\"Resource\":\"*\","
                + "\"Condition\":{\"StringEquals\":{\"kms:CallerAccount\":\"111122223333\",\"kms:ViaService\":"
                + "\"s3.eu-west-1.amazonaws.com\"}}}").verdict().answer()).isEqualTo(Answer.NO);
    }

    @Test
    void notPrincipalInAnAllowGrantsEveryoneElse() {
        assertThat(access("{\"Effect\":\"Allow\",\"NotPrincipal\":{\"AWS\":\"arn:aws:iam::111122223333:role/x\"},"
                + "\"Action\":\"lambda:InvokeFunction\",\"Resource\":\"*\"}").publicAccess().answer()).isEqualTo(Answer.YES);
    }

    @Test
    void trustPoliciesNameWhoMayAssumeTheRole() {
        ExternalAccess a = access("{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:role/ci\"},"
                + "\"Action\":\"sts:AssumeRole\"}");
        assertThat(a.grants()).extracting(Grant::grantee).containsExactly(new Grantee(Grantee.Kind.ACCOUNT, "444455556666"));
        ExternalAccess github = access("{\"Effect\":\"Allow\",\"Principal\":{\"Federated\":"
                + "\"arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com\"},"
                + "\"Action\":\"sts:AssumeRoleWithWebIdentity\"}");
        assertThat(github.verdictFor(Grantee.Kind.FEDERATED).answer()).isEqualTo(Answer.UNKNOWN);
    }

    @Test
    void externalIdIsRequiredOnlyWhenEveryThirdPartyMustSendIt() {
        String withId = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":\"sts:AssumeRole\","
                + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"s3cr3t\"}}}}";
        assertThat(PolicyAnalyzer.of(withId).requiresExternalId(BOUNDARY).answer()).isEqualTo(Answer.YES);
        String without = "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":\"sts:AssumeRole\","
                + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"s3cr3t\"}}},{\"Sid\":\"Vendor\",\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::777788889999:root\"},\"Action\":\"sts:AssumeRole\"}]}";
        Verdict v = PolicyAnalyzer.of(without).requiresExternalId(BOUNDARY);
        assertThat(v.answer()).isEqualTo(Answer.NO);
        assertThat(v.reason()).contains("account 777788889999").contains("Vendor");
        String ifExists = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"444455556666\"},\"Action\":\"sts:AssumeRole\","
                + "\"Condition\":{\"StringEqualsIfExists\":{\"sts:ExternalId\":\"s3cr3t\"}}}}";
        assertThat(PolicyAnalyzer.of(ifExists).requiresExternalId(BOUNDARY).answer()).as("IfExists lets a missing id through")
                .isEqualTo(Answer.NO);
        String ownOnly = "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"sts:AssumeRole\"}}";
        assertThat(PolicyAnalyzer.of(ownOnly).requiresExternalId(BOUNDARY).answer()).isEqualTo(Answer.YES);
    }
}
