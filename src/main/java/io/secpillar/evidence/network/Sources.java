package io.secpillar.evidence.network;

import java.util.List;

/**
 * The addresses that reach one protocol and port: those known, the prefix lists with unknown entries that may
 * add more (at most {@code limit}, narrowed when a network ACL stands in front), and the rules that contribute.
 * Turns into a verdict for "the whole internet" or "any of it".
 */
record Sources(AddressSet known, List<String> unknownPrefixLists, List<String> rules, AddressSet limit) {

    Sources(AddressSet known, List<String> unknownPrefixLists, List<String> rules) {
        this(known, unknownPrefixLists, rules, AddressSet.all(known.family()));
    }

    /** All an unknown prefix list could add, or nothing when there is none. */
    private AddressSet maybe() {
        return unknownPrefixLists.isEmpty() ? AddressSet.empty(known.family()) : limit;
    }

    ExposureVerdict wholeInternet(String what) {
        AddressSet internet = Internet.of(known.family());
        if (known.containsAll(internet)) {
            return new ExposureVerdict(Reachability.YES, known, rules, what + " is open to the whole "
                    + family() + " internet through " + String.join("; ", rules) + ".");
        }
        if (known.union(maybe()).containsAll(internet)) {
            return new ExposureVerdict(Reachability.UNKNOWN, known, rules, "Could not tell whether " + what
                    + " is open to the whole " + family() + " internet: the entries of prefix list(s) "
                    + unknownPrefixLists + " are not known.");
        }
        AddressSet missing = internet.minus(known);
        return new ExposureVerdict(Reachability.NO, known, rules, what + " is not open to the whole " + family()
                + " internet" + (known.intersect(internet).isEmpty() ? "." : "; it is closed to at least "
                + missing.cidrs().get(0) + " (open to " + known + ")."));
    }

    ExposureVerdict anyInternet(String what) {
        AddressSet reached = known.intersect(Internet.of(known.family()));
        if (!reached.isEmpty()) {
            return new ExposureVerdict(Reachability.YES, reached, rules, what + " is open to internet addresses "
                    + reached + " through " + String.join("; ", rules) + ".");
        }
        if (!maybe().intersect(Internet.of(known.family())).isEmpty()) {
            return new ExposureVerdict(Reachability.UNKNOWN, known, rules, "Could not tell whether " + what
                    + " is open to the internet: the entries of prefix list(s) " + unknownPrefixLists + " are not known.");
        }
        return new ExposureVerdict(Reachability.NO, known, rules, what + " is not open to any " + family()
                + " internet address.");
    }

    Sources intersect(AddressSet admitted, List<String> moreRules) {
        List<String> all = new java.util.ArrayList<>(rules);
        all.addAll(moreRules);
        return new Sources(known.intersect(admitted), unknownPrefixLists, all, limit.intersect(admitted));
    }

    private String family() {
        return known.family() == IpFamily.IPV4 ? "IPv4" : "IPv6";
    }
}
