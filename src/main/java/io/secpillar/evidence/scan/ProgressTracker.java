package io.secpillar.evidence.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts finished units overall and per account and place; thread-safe, hands out immutable snapshots. */
final class ProgressTracker {

    private final Map<String, int[]> places = new LinkedHashMap<>();
    private final int total;
    private int done;

    ProgressTracker(List<ScanUnit> units) {
        for (ScanUnit unit : units) {
            places.computeIfAbsent(key(unit), k -> new int[2])[1]++;
        }
        this.total = units.size();
    }

    synchronized ScanProgress finished(ScanUnit unit) {
        done++;
        places.get(key(unit))[0]++;
        return snapshot();
    }

    synchronized ScanProgress snapshot() {
        List<ScanProgress.Place> list = new ArrayList<>(places.size());
        places.forEach((key, counts) -> {
            int cut = key.indexOf('|');
            list.add(new ScanProgress.Place(key.substring(0, cut), key.substring(cut + 1), counts[0], counts[1]));
        });
        return new ScanProgress(done, total, list);
    }

    synchronized int done() {
        return done;
    }

    private static String key(ScanUnit unit) {
        return unit.account().accountId() + "|" + unit.place();
    }
}
