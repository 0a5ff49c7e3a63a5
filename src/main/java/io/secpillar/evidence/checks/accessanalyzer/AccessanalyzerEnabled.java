package io.secpillar.evidence.checks.accessanalyzer;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.accessanalyzer.AccessAnalyzerInventory;
import io.secpillar.evidence.inventory.accessanalyzer.AccessAnalyzerInventory.Analyzer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** An active analyzer for external access (account or organization zone of trust) watches the region. */
public final class AccessanalyzerEnabled extends InventoryCheck<AccessAnalyzerInventory> {

    private static final Set<String> EXTERNAL_ACCESS = Set.of("ACCOUNT", "ORGANIZATION");

    public AccessanalyzerEnabled() {
        super(regional("accessanalyzer_enabled", "IAM Access Analyzer watches for external access", "accessanalyzer",
                Severity.MEDIUM, AccessAnalyzerInventory.OPERATIONS, "Create an external-access analyzer in every "
                + "region (with the organization as zone of trust from the delegated administrator) and review its "
                + "active findings."));
    }

    @Override
    public List<Finding> evaluate(AccessAnalyzerInventory inventory, Target target) {
        return fromRead(inventory.analyzers(), target, all -> {
            String proof = "ListAnalyzers: " + all.stream().map(Analyzer::proof).toList();
            return all.stream().filter(a -> EXTERNAL_ACCESS.contains(a.type()) && "ACTIVE".equals(a.status()))
                    .findFirst().map(a -> List.of(finding(target, a.arn(), pass("Analyzer "
                            + a.name() + " (" + a.type() + ") is active.",
                            Map.of("type", a.type(), "status", a.status()), proof))))
                    .orElseGet(() -> accountFinding(target, fail("No active external-access "
                            + "analyzer in " + target.region() + " (" + all.size() + " analyzer(s) of other types or "
                            + "not active).", Map.of("analyzers", String.valueOf(all.size())), proof)));
        });
    }
}
