package io.secpillar.evidence.checks.accessanalyzer;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerSummary;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An active IAM Access Analyzer for external access (account or organization zone of trust) watches the
 * region. Unused-access and internal-access analyzers answer other questions and do not count.
 */
public final class AccessanalyzerEnabled implements Check<AccessAnalyzerInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("accessanalyzer_enabled",
            "IAM Access Analyzer watches for external access", "accessanalyzer", Scope.REGIONAL, Severity.MEDIUM,
            AccessAnalyzerInventory.OPERATIONS,
            "Create an external-access analyzer in every region (with the organization as zone of trust from "
                    + "the delegated administrator) and review its active findings.");

    private static final Set<String> EXTERNAL_ACCESS = Set.of("ACCOUNT", "ORGANIZATION");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<AccessAnalyzerInventory> inventoryType() {
        return AccessAnalyzerInventory.class;
    }

    @Override
    public List<Finding> evaluate(AccessAnalyzerInventory inventory, Target target) {
        if (!inventory.analyzers().isOk()) {
            return List.of(inventory.analyzers().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        List<AnalyzerSummary> all = inventory.analyzers().value();
        var active = all.stream().filter(a -> EXTERNAL_ACCESS.contains(a.typeAsString()))
                .filter(a -> "ACTIVE".equals(a.statusAsString())).findFirst();
        String proof = "ListAnalyzers: " + all;
        return List.of(active.map(a -> new Finding(METADATA.id(), Status.PASS, target.accountId(), target.region(),
                a.arn(), "Analyzer " + a.name() + " (" + a.typeAsString() + ") is active.",
                Map.of("type", a.typeAsString(), "status", a.statusAsString()), proof))
                .orElseGet(() -> new Finding(METADATA.id(), Status.FAIL, target.accountId(), target.region(),
                        target.accountId(), "No active external-access analyzer in " + target.region() + " ("
                        + all.size() + " analyzer(s) of other types or not active).",
                        Map.of("analyzers", String.valueOf(all.size())), proof)));
    }
}
