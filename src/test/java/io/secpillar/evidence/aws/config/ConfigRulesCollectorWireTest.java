package io.secpillar.evidence.aws.config;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.config.ConfigRuleRemediationConfigured;
import io.secpillar.evidence.inventory.config.ConfigRulesInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Config rules and remediation configurations over AWS JSON 1.1 (X-Amz-Target: StarlingDoveService.X). */
class ConfigRulesCollectorWireTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private static String rule(String name, String createdBy) {
        return "{\"ConfigRuleName\":\"" + name + "\",\"ConfigRuleArn\":\"arn:aws:config:eu-west-1:111122223333:"
                + "config-rule/config-rule-" + name + "\",\"ConfigRuleId\":\"config-rule-" + name + "\",\"Source\":"
                + "{\"Owner\":\"AWS\",\"SourceIdentifier\":\"S3_BUCKET_VERSIONING_ENABLED\"},\"ConfigRuleState\":"
                + "\"ACTIVE\"" + (createdBy == null ? "" : ",\"CreatedBy\":\"" + createdBy + "\"") + "}";
    }

    @Test
    void rulesOnTwoPagesAndRemediationOfTheOwnOnes() {
        aws.json("StarlingDoveService.DescribeConfigRules", "{\"ConfigRules\":[" + rule("s3-versioning", null)
                + "," + rule("securityhub-s3-5", "securityhub.amazonaws.com") + "],\"NextToken\":\"rules-2\"}");
        aws.json("StarlingDoveService.DescribeConfigRules", "{\"ConfigRules\":[" + rule("cis-ebs-encryption",
                "config-conforms.amazonaws.com") + "]}", "\"NextToken\":\"rules-2\"");
        aws.json("StarlingDoveService.DescribeRemediationConfigurations", "{\"RemediationConfigurations\":[{"
                + "\"ConfigRuleName\":\"s3-versioning\",\"TargetType\":\"SSM_DOCUMENT\",\"TargetId\":"
                + "\"AWS-ConfigureS3BucketVersioning\",\"Automatic\":true,\"MaximumAutomaticAttempts\":5}]}");

        ConfigRulesInventory inventory = new ConfigRulesCollector().collect(aws.clients(), EU);

        assertThat(aws.requests()).filteredOn(r -> r.getHeader("X-Amz-Target").endsWith("Remediations") || r
                .getHeader("X-Amz-Target").endsWith("RemediationConfigurations")).singleElement().satisfies(r ->
                assertThat(r.getBodyAsString()).contains("s3-versioning", "cis-ebs-encryption")
                        .doesNotContain("securityhub-s3-5"));
        assertThat(new ConfigRuleRemediationConfigured().evaluate(inventory, EU)).extracting(f -> f.status())
                .containsExactly(Status.PASS, Status.FAIL);
    }

    @Test
    void aRefusedRuleListingIsCouldNotAssess() {
        aws.jsonError("StarlingDoveService.DescribeConfigRules", 400, "AccessDeniedException", "User is not "
                + "authorized to perform: config:DescribeConfigRules");

        ConfigRulesInventory inventory = new ConfigRulesCollector().collect(aws.clients(), EU);

        assertThat(new ConfigRuleRemediationConfigured().evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("lacks the permission config:DescribeConfigRules");
        });
    }
}
