package io.secpillar.evidence.network;

import java.util.List;

/**
 * The ports of one protocol and family that a security group opens to the whole internet, merged into ranges,
 * and those that may be open through a prefix list whose entries are unknown.
 */
public record OpenPorts(int protocol, IpFamily family, List<PortRange> open, List<PortRange> unknown) {

    public OpenPorts {
        open = List.copyOf(open);
        unknown = List.copyOf(unknown);
    }

    public boolean isEmpty() {
        return open.isEmpty();
    }

    /** Adds a range, merging it with the last one when they touch. */
    static void append(List<PortRange> ranges, PortRange next) {
        if (!ranges.isEmpty() && ranges.get(ranges.size() - 1).to() + 1 == next.from()) {
            PortRange last = ranges.remove(ranges.size() - 1);
            ranges.add(new PortRange(last.from(), next.to()));
        } else {
            ranges.add(next);
        }
    }

    /** Whether every port 1-65535 is open (YES), could be (UNKNOWN) or is not (NO). */
    ExposureVerdict everyPort(AddressSet sources) {
        String what = "every " + Protocol.name(protocol) + " port";
        String fam = family == IpFamily.IPV4 ? "IPv4" : "IPv6";
        if (covers(open)) {
            return new ExposureVerdict(Reachability.YES, sources, List.of(), what + " (" + open + ") is open to the whole "
                    + fam + " internet.");
        }
        List<PortRange> both = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(open.stream(), unknown.stream())
                .sorted(java.util.Comparator.comparingInt(PortRange::from)).forEach(r -> append(both, r));
        if (covers(both)) {
            return new ExposureVerdict(Reachability.UNKNOWN, sources, List.of(), "Could not tell whether " + what
                    + " is open to the whole " + fam + " internet: it depends on prefix lists whose entries are unknown.");
        }
        return new ExposureVerdict(Reachability.NO, sources, List.of(), "Not " + what + " is open to the whole " + fam
                + " internet" + (open.isEmpty() ? "." : " (only " + open + ")."));
    }

    private static boolean covers(List<PortRange> ranges) {
        return ranges.stream().anyMatch(r -> r.from() <= 1 && r.to() == 65535);
    }
}
