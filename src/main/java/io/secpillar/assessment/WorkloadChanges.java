package io.secpillar.assessment;

import java.util.ArrayList;
import java.util.List;

/** Names the fields an edit of the workload details changed, for the audit trail's summary. */
final class WorkloadChanges {

    private WorkloadChanges() {
    }

    static String fields(WorkloadDraft before, WorkloadDraft after) {
        List<String> changed = new ArrayList<>();
        add(changed, "name", before.name(), after.name());
        add(changed, "client", before.client(), after.client());
        add(changed, "description", before.description(), after.description());
        add(changed, "environment", before.environment(), after.environment());
        add(changed, "accounts", before.accountIds(), after.accountIds());
        add(changed, "regions", before.regions(), after.regions());
        add(changed, "review owner", before.reviewOwner(), after.reviewOwner());
        return changed.isEmpty() ? "nothing" : String.join(", ", changed);
    }

    private static void add(List<String> changed, String field, Object before, Object after) {
        if (!before.equals(after)) {
            changed.add(field);
        }
    }
}
