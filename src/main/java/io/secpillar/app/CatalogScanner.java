package io.secpillar.app;

import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.aws.AwsInventoryReader;
import io.secpillar.evidence.aws.DefaultAwsAccess;
import io.secpillar.evidence.aws.catalog.CollectorCatalog;
import io.secpillar.evidence.checks.CheckCatalog;
import io.secpillar.evidence.port.EvidenceStore;
import io.secpillar.evidence.scan.EvidenceScanner;
import io.secpillar.evidence.scan.ScanSettings;

import java.time.Clock;

/**
 * Wires the production scan: every registered check, the collector of each inventory they read, the bundled
 * mapping. It lives here because only the composition root may know both the AWS adapter and the check catalog.
 */
public final class CatalogScanner {

    private CatalogScanner() {
    }

    public static EvidenceScanner of(DefaultAwsAccess access, EvidenceStore store, ScanSettings settings, Clock clock) {
        return new EvidenceScanner(access, new AwsInventoryReader(CollectorCatalog.all(), access::clients), store,
                CheckCatalog.all(), CheckMapping.bundled(), settings, clock);
    }
}
