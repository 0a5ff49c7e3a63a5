package io.secpillar.evidence.scan;

import io.secpillar.evidence.Target;

/** Gives checks the inventory of a type for a target (an account in one region, or "global"). */
public interface InventorySource {
    <I> I inventory(Class<I> type, Target target);
}
