package io.secpillar.evidence.network;

import java.util.Locale;

/**
 * IP protocol numbers as EC2 writes them: "-1" (or "all") for every protocol, a name (tcp, udp, icmp, icmpv6) or a
 * number. Only TCP and UDP have ports; for ICMP the "port" of a rule is the ICMP type.
 */
public final class Protocol {

    public static final int ALL = -1;
    public static final int ICMP = 1;
    public static final int TCP = 6;
    public static final int UDP = 17;
    public static final int ICMPV6 = 58;

    private Protocol() {
    }

    public static int parse(String text) {
        String t = text == null ? "-1" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "-1", "all" -> ALL;
            case "tcp" -> TCP;
            case "udp" -> UDP;
            case "icmp" -> ICMP;
            case "icmpv6", "icmp6" -> ICMPV6;
            default -> {
                try {
                    int n = Integer.parseInt(t);
                    if (n < -1 || n > 255) {
                        throw new IllegalArgumentException("not an IP protocol number: " + text);
                    }
                    yield n;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("not an IP protocol: " + text, e);
                }
            }
        };
    }

    static boolean hasPorts(int protocol) {
        return protocol == TCP || protocol == UDP;
    }

    static String name(int protocol) {
        return switch (protocol) {
            case ALL -> "all traffic";
            case TCP -> "TCP";
            case UDP -> "UDP";
            case ICMP -> "ICMP";
            case ICMPV6 -> "ICMPv6";
            default -> "protocol " + protocol;
        };
    }
}
