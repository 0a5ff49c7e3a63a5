package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.AdvancedSelector;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.BasicSelector;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.EventSelectors;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.FieldSelector;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.TrailState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which management events a trail records, read from its event selectors: a basic selector records them when
 * IncludeManagementEvents is on, for its ReadWriteType; an advanced selector when it has eventCategory = Management,
 * for the readOnly values it allows (both when it names none). The selectors add up. Narrowing by event source
 * (ExcludeManagementEventSources, other field selectors) is reported but does not make read or write events missing.
 */
record ManagementEventCoverage(boolean read, boolean write, List<String> narrowing) {

    static ManagementEventCoverage of(EventSelectors selectors) {
        boolean read = false;
        boolean write = false;
        List<String> narrowing = new ArrayList<>();
        for (BasicSelector b : selectors.basic()) {
            if (!b.includeManagementEvents()) {
                continue;
            }
            String type = b.readWriteType() == null ? "All" : b.readWriteType();
            read |= type.equals("All") || type.equals("ReadOnly");
            write |= type.equals("All") || type.equals("WriteOnly");
            if (!b.excludedManagementEventSources().isEmpty()) {
                narrowing.add("leaves out management events of " + b.excludedManagementEventSources());
            }
        }
        for (AdvancedSelector a : selectors.advanced()) {
            if (field(a, "eventCategory").filter(f -> f.equalsTo().contains("Management")).isEmpty()) {
                continue;
            }
            Optional<FieldSelector> readOnly = field(a, "readOnly");
            read |= readOnly.map(f -> allows(f, "true")).orElse(true);
            write |= readOnly.map(f -> allows(f, "false")).orElse(true);
            a.fields().stream().filter(f -> !f.field().equals("eventCategory") && !f.field().equals("readOnly"))
                    .forEach(f -> narrowing.add("selector " + a.name() + " narrows management events by " + f.field()));
        }
        return new ManagementEventCoverage(read, write, narrowing);
    }

    boolean complete() {
        return read && write;
    }

    /** "read and write", "only read", "only write" or "no" management events. */
    String describe() {
        return read && write ? "read and write" : read ? "only read" : write ? "only write" : "no";
    }

    /** What each trail records, e.g. "org records only write management events; app records no management events". */
    static String describe(List<TrailState> trails) {
        return trails.stream().map(t -> t.trail().name() + " records " + of(t.selectors().value()).describe()
                + " management events").collect(java.util.stream.Collectors.joining("; "));
    }

    private static Optional<FieldSelector> field(AdvancedSelector selector, String name) {
        return selector.fields().stream().filter(f -> f.field().equals(name)).findFirst();
    }

    private static boolean allows(FieldSelector f, String value) {
        return (f.equalsTo().isEmpty() || f.equalsTo().contains(value)) && !f.notEquals().contains(value);
    }
}
