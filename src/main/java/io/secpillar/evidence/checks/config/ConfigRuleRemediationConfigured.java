package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.PerResource;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.config.ConfigRulesInventory;
import io.secpillar.evidence.inventory.config.ConfigRulesInventory.Rule;

import java.util.List;
import java.util.Map;

/** Each Config rule of the account (or of its conformance packs) has a remediation action; others' are skipped. */
public final class ConfigRuleRemediationConfigured extends InventoryCheck<ConfigRulesInventory> {

    public ConfigRuleRemediationConfigured() {
        super(regional("config_rule_remediation_configured", "Config rules have a remediation action", "config",
                Severity.LOW, ConfigRulesInventory.OPERATIONS, "Attach an SSM Automation runbook to the rule as its "
                + "remediation action (automatic where the fix is safe, manual otherwise) with a role it can assume."));
    }

    @Override
    public List<Finding> evaluate(ConfigRulesInventory inventory, Target target) {
        var owned = inventory.rules().map(rules -> rules.stream().filter(Rule::ownedByAccount).toList());
        return fromRead(inventory.remediated(), target, remediated -> PerResource.findings(id(), target, owned,
                "Config rules", "The region has no Config rule of the account's own.", rule -> finding(target,
                        rule.arn(), passIf(remediated.contains(rule.name()), "Config rule " + rule.name()
                                + (remediated.contains(rule.name()) ? " has a remediation action."
                                : " has no remediation action."), Map.of("remediation",
                                String.valueOf(remediated.contains(rule.name()))), rule.proof()))));
    }
}
