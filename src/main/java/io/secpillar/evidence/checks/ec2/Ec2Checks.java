package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.aws.InventoryCollector;

import java.util.List;

/** The Ec2 checks, listed explicitly, and the collector of the inventory they read. */
public final class Ec2Checks {

    private Ec2Checks() {
    }

    public static List<Check<?>> all() {
        return List.of();
    }

    public static List<InventoryCollector<?>> collectors() {
        return List.of();
    }
}
