package io.secpillar.evidence.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The policy generator on a synthetic catalog (the real one is checked by ShippedPolicyTest). */
class ReadOnlyPolicyTest {

    static CheckMetadata check(String id, String... operations) {
        return new CheckMetadata(id, "title of " + id, "svc", Scope.REGIONAL, Severity.MEDIUM, List.of(operations),
                "do the right thing");
    }

    static final List<CheckMetadata> CHECKS = List.of(
            check("iam_root_mfa_enabled", "iam:GetAccountSummary"),
            check("iam_user_access_keys_rotated", "iam:GenerateCredentialReport", "iam:GetCredentialReport"),
            check("s3_bucket_default_encryption", "s3:ListAllMyBuckets", "s3:GetEncryptionConfiguration"),
            check("s3_bucket_versioning", "s3:ListAllMyBuckets", "s3:GetBucketVersioning"),
            check("inspector_enabled", "inspector2:BatchGetAccountStatus"),
            check("ec2_default_sg_closed", "ec2:DescribeSecurityGroups", "ec2:DescribeRegions"));

    @Test
    void oneAllowStatementWithTheSortedDistinctActionsOfChecksAndAccessLayer() throws Exception {
        JsonNode policy = JsonMapper.builder().build().readTree(ReadOnlyPolicy.json(CHECKS));

        assertThat(policy.get("Version").asText()).isEqualTo("2012-10-17");
        assertThat(policy.get("Statement")).hasSize(1);
        JsonNode statement = policy.get("Statement").get(0);
        assertThat(statement.get("Effect").asText()).isEqualTo("Allow");
        assertThat(statement.get("Resource").asText()).isEqualTo("*");
        assertThat(statement.get("Action")).extracting(JsonNode::asText).containsExactly(
                "ec2:DescribeRegions", "ec2:DescribeSecurityGroups", "iam:GenerateCredentialReport",
                "iam:GetAccountSummary", "iam:GetCredentialReport", "inspector2:BatchGetAccountStatus",
                "s3:GetBucketVersioning", "s3:GetEncryptionConfiguration", "s3:ListAllMyBuckets",
                "sts:GetCallerIdentity");
    }

    @Test
    void theTextIsStableAndReadable() {
        String json = ReadOnlyPolicy.json(List.of(check("one", "iam:GetAccountSummary")));

        assertThat(json).isEqualTo("""
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Sid": "SecPillarReadOnlyEvidence",
                      "Effect": "Allow",
                      "Action": [
                        "ec2:DescribeRegions",
                        "iam:GetAccountSummary",
                        "sts:GetCallerIdentity"
                      ],
                      "Resource": "*"
                    }
                  ]
                }
                """);
        assertThat(ReadOnlyPolicy.json(List.of(check("one", "iam:GetAccountSummary")))).isEqualTo(json);
    }

    @Test
    void anEmptyCatalogStillNeedsTheAccessLayersCalls() {
        assertThat(ReadOnlyPolicy.actions(List.of())).containsExactly("ec2:DescribeRegions", "sts:GetCallerIdentity");
    }

    @Test
    void aCheckDeclaringAWriteIsNamedAndNoPolicyIsMade() {
        List<CheckMetadata> withWrite = List.of(CHECKS.get(0), check("iam_sneaky", "iam:GetUser", "iam:CreateUser"),
                check("s3_peek", "s3:GetObject"));

        assertThat(ReadOnlyPolicy.notReadOnly(withWrite)).containsExactly("iam_sneaky: iam:CreateUser",
                "s3_peek: s3:GetObject");
        assertThat(ReadOnlyPolicy.notReadOnly(CHECKS)).isEmpty();
        assertThatThrownBy(() -> ReadOnlyPolicy.json(withWrite)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iam_sneaky: iam:CreateUser");
    }

    @Test
    void anOperationThatIsNotAnIamActionIsRefused() {
        assertThatThrownBy(() -> ReadOnlyPolicy.actions(List.of(check("bad", "GetAccountSummary"))))
                .hasMessage("Check bad declares \"GetAccountSummary\", which is not an IAM action such as "
                        + "iam:GetAccountSummary.");
        assertThatThrownBy(() -> ReadOnlyPolicy.actions(List.of(check("star", "s3:*"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
