package io.secpillar.evidence;

import java.util.List;

/**
 * One small evaluation over one inventory. A check never calls AWS: its inventory was collected before,
 * once per account and region. It returns one finding per resource it looked at (COULD_NOT_ASSESS with the
 * reason when the inventory could not read what it needs).
 *
 * @param <I> the inventory type it reads
 */
public interface Check<I> {

    CheckMetadata metadata();

    Class<I> inventoryType();

    List<Finding> evaluate(I inventory, Target target);
}
