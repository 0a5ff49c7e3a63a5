package io.secpillar.evidence.checks.accessanalyzer;

import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;

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
                () -> analyzer.listAnalyzersPaginator(r -> { }).analyzers().stream().toList()));
    }
}
