package io.secpillar.report;

import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Groups the results that could not be assessed by check and reason, with the operations the check needs. */
final class MissingPermissions {

    private MissingPermissions() {
    }

    private record Key(String checkId, String reason) { }

    static List<MissingPermission> of(List<EvidenceLine> lines, Map<String, CheckMetadata> checks) {
        Map<Key, List<EvidenceLine>> groups = new LinkedHashMap<>();
        for (EvidenceLine l : lines) {
            if (l.status() == Status.COULD_NOT_ASSESS) {
                groups.computeIfAbsent(new Key(l.checkId(), l.reason()), k -> new ArrayList<>()).add(l);
            }
        }
        List<MissingPermission> result = new ArrayList<>();
        groups.forEach((key, group) -> result.add(new MissingPermission(key.checkId(), group.get(0).checkTitle(),
                Optional.ofNullable(checks.get(key.checkId())).map(CheckMetadata::operations).orElse(List.of()),
                key.reason(),
                List.copyOf(new TreeSet<>(group.stream().map(EvidenceLine::accountId).toList())),
                List.copyOf(new TreeSet<>(group.stream().map(EvidenceLine::region).toList())),
                group.size())));
        return result;
    }
}
