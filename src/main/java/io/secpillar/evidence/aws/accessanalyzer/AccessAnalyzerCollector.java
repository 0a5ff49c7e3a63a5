package io.secpillar.evidence.aws.accessanalyzer;

import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.accessanalyzer.AccessAnalyzerInventory;
import io.secpillar.evidence.inventory.accessanalyzer.AccessAnalyzerInventory.Analyzer;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.accessanalyzer.model.AnalyzerSummary;

/** Lists every analyzer of a region, all pages. */
public final class AccessAnalyzerCollector implements InventoryCollector<AccessAnalyzerInventory> {

    @Override
    public Class<AccessAnalyzerInventory> type() {
        return AccessAnalyzerInventory.class;
    }

    @Override
    public AccessAnalyzerInventory collect(AwsClients clients, Target target) {
        AccessAnalyzerClient analyzer = clients.client(AccessAnalyzerClient.class, target.region());
        return new AccessAnalyzerInventory(AwsCalls.fetch(AccessAnalyzerInventory.LIST_ANALYZERS,
                () -> analyzer.listAnalyzersPaginator(r -> { }).analyzers().stream()
                        .map(AccessAnalyzerCollector::analyzer).toList()));
    }

    private static Analyzer analyzer(AnalyzerSummary a) {
        return new Analyzer(a.arn(), a.name(), a.typeAsString(), a.statusAsString(), a.toString());
    }
}
