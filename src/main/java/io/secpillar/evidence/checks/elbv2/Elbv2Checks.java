package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.aws.elbv2.Elbv2InventoryCollector;

import java.util.List;

/** The Elastic Load Balancing (v2) checks, listed explicitly, and the collector of the inventory they read. */
public final class Elbv2Checks {

    private Elbv2Checks() {
    }

    public static List<Check<?>> all() {
        return List.of(
                new Elbv2SslListeners(),
                new Elbv2ListenerCurrentTlsPolicy(),
                new Elbv2LoggingEnabled());
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of(new Elbv2InventoryCollector());
    }
}
