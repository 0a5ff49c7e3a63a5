package io.secpillar.evidence.checks.elbv2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The Elbv2 checks, listed explicitly, and the collector of the inventory they read. */
public final class Elbv2Checks {

    private Elbv2Checks() {
    }

    public static List<Check<?>> all() {
        return List.of();
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of();
    }
}
