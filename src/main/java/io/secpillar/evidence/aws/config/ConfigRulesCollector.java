package io.secpillar.evidence.aws.config;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.aws.TokenPages;
import io.secpillar.evidence.inventory.config.ConfigRulesInventory;
import io.secpillar.evidence.inventory.config.ConfigRulesInventory.Rule;
import software.amazon.awssdk.services.config.ConfigClient;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.secpillar.evidence.inventory.config.ConfigRulesInventory.DESCRIBE_CONFIG_RULES;
import static io.secpillar.evidence.inventory.config.ConfigRulesInventory.DESCRIBE_REMEDIATION_CONFIGURATIONS;

/**
 * Lists the Config rules (every page), then asks for the remediation configurations of the account's own rules,
 * 25 names per call (the API's limit).
 */
public final class ConfigRulesCollector implements InventoryCollector<ConfigRulesInventory> {

    private static final int NAMES_PER_CALL = 25;

    @Override
    public Class<ConfigRulesInventory> type() {
        return ConfigRulesInventory.class;
    }

    @Override
    public ConfigRulesInventory collect(AwsClients clients, Target target) {
        ConfigClient config = clients.client(ConfigClient.class, target.region());
        Fetched<List<Rule>> rules = AwsCalls.fetch(DESCRIBE_CONFIG_RULES, () -> rules(config));
        Fetched<Set<String>> remediated = rules.isOk()
                ? AwsCalls.fetch(DESCRIBE_REMEDIATION_CONFIGURATIONS, () -> remediated(config, rules.value().stream()
                        .filter(Rule::ownedByAccount).map(Rule::name).toList()))
                : Fetched.failed(rules.reason(), rules.operation(), rules.detail());
        return new ConfigRulesInventory(rules, remediated);
    }

    private static List<Rule> rules(ConfigClient config) {
        return TokenPages.all(token -> config.describeConfigRules(r -> r.nextToken(token)), page -> page.configRules()
                .stream().map(r -> new Rule(r.configRuleName(), r.configRuleArn(), r.createdBy(), r.toString()))
                .toList(), page -> page.nextToken());
    }

    private static Set<String> remediated(ConfigClient config, List<String> names) {
        Set<String> remediated = new HashSet<>();
        for (int from = 0; from < names.size(); from += NAMES_PER_CALL) {
            List<String> batch = names.subList(from, Math.min(names.size(), from + NAMES_PER_CALL));
            config.describeRemediationConfigurations(r -> r.configRuleNames(batch)).remediationConfigurations()
                    .forEach(c -> remediated.add(c.configRuleName()));
        }
        return Set.copyOf(remediated);
    }
}
