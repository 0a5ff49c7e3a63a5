package io.secpillar.evidence.inventory.config;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Set;

/** The AWS Config rules of one region and the names of those that have a remediation action configured. */
public record ConfigRulesInventory(Fetched<List<Rule>> rules, Fetched<Set<String>> remediated) {

    public static final String DESCRIBE_CONFIG_RULES = "config:DescribeConfigRules";
    public static final String DESCRIBE_REMEDIATION_CONFIGURATIONS = "config:DescribeRemediationConfigurations";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_CONFIG_RULES, DESCRIBE_REMEDIATION_CONFIGURATIONS);

    /** Rules deployed by a conformance pack carry this CreatedBy; they are the account's own choice. */
    public static final String CONFORMANCE_PACKS = "config-conforms.amazonaws.com";

    /**
     * A Config rule.
     *
     * @param createdBy the service that made it (e.g. securityhub.amazonaws.com), null when the account did
     * @param proof     the rule as AWS described it
     */
    public record Rule(String name, String arn, String createdBy, String proof) {

        /** Whether the account (itself or through a conformance pack) owns it, rather than another service. */
        public boolean ownedByAccount() {
            return createdBy == null || createdBy.isBlank() || CONFORMANCE_PACKS.equals(createdBy);
        }
    }
}
