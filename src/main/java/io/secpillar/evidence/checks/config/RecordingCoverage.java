package io.secpillar.evidence.checks.config;

import io.secpillar.evidence.inventory.config.ConfigInventory.RecordingGroup;

import java.util.Optional;

/**
 * Whether a recorder's recording group covers what the CIS benchmark asks of it: every supported resource type of
 * the region and the global ones (IAM). A recorder that lists the types it records, or excludes some, leaves
 * changes to the others unrecorded however long it runs.
 */
final class RecordingCoverage {

    private RecordingCoverage() {
    }

    /** Empty when the group covers everything, else the sentence saying what it leaves out. */
    static Optional<String> gap(RecordingGroup group) {
        String strategy = group.strategy() == null ? "" : group.strategy();
        if ("EXCLUSION_BY_RESOURCE_TYPES".equals(strategy)) {
            return Optional.of("records every supported type except " + group.excludedResourceTypes());
        }
        if (!group.allSupported() && !"ALL_SUPPORTED_RESOURCE_TYPES".equals(strategy)) {
            return Optional.of("records only " + group.resourceTypes().size() + " listed resource type(s), not every "
                    + "supported one");
        }
        if (!group.includeGlobalResourceTypes()) {
            return Optional.of("does not record global resource types (IAM users, groups, roles and policies)");
        }
        return Optional.empty();
    }
}
