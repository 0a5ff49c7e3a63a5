package io.secpillar.evidence.network;

/** An inclusive range of ports (or, for ICMP, of types). A rule without ports covers {@link #ALL}. */
public record PortRange(int from, int to) {

    public static final PortRange ALL = new PortRange(0, 65535);

    public PortRange {
        if (from > to) {
            throw new IllegalArgumentException("port range " + from + "-" + to + " is empty");
        }
    }

    /** EC2's form: null or -1 means every port. */
    public static PortRange of(Integer from, Integer to) {
        if (from == null || from < 0 || to == null || to < 0) {
            return ALL;
        }
        return new PortRange(from, to);
    }

    public boolean contains(int port) {
        return from <= port && port <= to;
    }

    @Override
    public String toString() {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}
