package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.config.ConfigRulesInventory;
import io.secpillar.evidence.inventory.config.ConfigRulesInventory.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigRuleRemediationConfiguredTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");

    static Rule rule(String name, String createdBy) {
        return new Rule(name, "arn:aws:config:eu-west-1:111122223333:config-rule/config-rule-" + name, createdBy,
                "ConfigRule(" + name + ")");
    }

    static ConfigRulesInventory of(List<Rule> rules, Set<String> remediated) {
        return new ConfigRulesInventory(Fetched.ok(rules, ConfigRulesInventory.DESCRIBE_CONFIG_RULES),
                Fetched.ok(remediated, ConfigRulesInventory.DESCRIBE_REMEDIATION_CONFIGURATIONS));
    }

    private final ConfigRuleRemediationConfigured check = new ConfigRuleRemediationConfigured();

    @Test
    void judgesTheAccountsOwnRulesOnly() {
        var findings = check.evaluate(of(List.of(rule("s3-bucket-versioning", null),
                rule("cis-ebs-encryption", ConfigRulesInventory.CONFORMANCE_PACKS),
                rule("securityhub-s3-5", "securityhub.amazonaws.com")), Set.of("s3-bucket-versioning")), EU);

        assertThat(findings).extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL);
        assertThat(findings.get(1).reason()).contains("cis-ebs-encryption has no remediation action");
    }

    @Test
    void notApplicableWithoutOwnRulesAndCouldNotAssessWhenRefused() {
        assertThat(check.evaluate(of(List.of(rule("securityhub-s3-5", "securityhub.amazonaws.com")), Set.of()), EU)
                .get(0).status()).isEqualTo(Status.NOT_APPLICABLE);
        var refused = new ConfigRulesInventory(Fetched.ok(List.of(rule("r", null)),
                ConfigRulesInventory.DESCRIBE_CONFIG_RULES), Fetched.failed(CouldNotAssessReason.ACCESS_DENIED,
                ConfigRulesInventory.DESCRIBE_REMEDIATION_CONFIGURATIONS, ""));
        assertThat(check.evaluate(refused, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("config:DescribeRemediationConfigurations");
        });
    }
}
