package io.secpillar.evidence;

/** Gives checks the inventory of a type for a target, collecting it on first use and caching it. */
public interface InventorySource {
    <I> I inventory(Class<I> type, Target target);
}
