package io.secpillar.evidence.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a scan stands: units done out of all units, overall and for each account and region
 * (global services count under region "global").
 */
public record ScanProgress(int done, int total, List<Place> places) {

    /** Progress of one account in one region. */
    public record Place(String accountId, String region, int done, int total) {
        public boolean finished() {
            return done >= total;
        }
    }

    public ScanProgress {
        places = List.copyOf(places);
    }

    public double fraction() {
        return total == 0 ? 1.0 : (double) done / total;
    }

    /** Done/total for each account, summed over its regions, in plan order. */
    public Map<String, int[]> perAccount() {
        Map<String, int[]> sums = new LinkedHashMap<>();
        for (Place p : places) {
            int[] s = sums.computeIfAbsent(p.accountId(), k -> new int[2]);
            s[0] += p.done();
            s[1] += p.total();
        }
        return sums;
    }

    /** A one-line summary such as "37/120 · 111122223333 12/40 · 444455556666 25/80". */
    public String summary() {
        StringBuilder sb = new StringBuilder().append(done).append('/').append(total);
        perAccount().forEach((account, s) -> sb.append(" · ").append(account).append(' ').append(s[0]).append('/').append(s[1]));
        return sb.toString();
    }

    /** The places still running, e.g. "111122223333 eu-west-1 3/9, 444455556666 global 0/2" (at most {@code max}). */
    public String unfinishedPlaces(int max) {
        List<String> open = places.stream().filter(p -> !p.finished())
                .map(p -> p.accountId() + " " + p.region() + " " + p.done() + "/" + p.total()).toList();
        String shown = String.join(", ", open.subList(0, Math.min(max, open.size())));
        return open.size() > max ? shown + " … (" + (open.size() - max) + " more)" : shown;
    }
}
