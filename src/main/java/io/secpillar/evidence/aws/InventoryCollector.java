package io.secpillar.evidence.aws;

import io.secpillar.evidence.Target;

/** Collects one service's inventory for one account and region: every page, each read once. */
public interface InventoryCollector<I> {

    Class<I> type();

    I collect(AwsClients clients, Target target);
}
