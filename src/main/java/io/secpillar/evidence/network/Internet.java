package io.secpillar.evidence.network;

import java.util.List;

/**
 * What "the whole internet" means here: every publicly routable address. For IPv4 that is all addresses less the
 * special-purpose ranges nobody on the internet can send from (this network, private, shared CGN, loopback,
 * link-local, IETF protocol assignments, documentation, benchmarking, multicast and reserved). For IPv6 it is
 * global unicast, 2000::/3, less the documentation prefix. Sources that cover every such address reach every host
 * on the internet, so they count as open to the whole internet even if they leave private ranges out; that is why
 * 0.0.0.0/1 with 128.0.0.0/1, or a prefix list holding 0.0.0.0/0, counts.
 */
public final class Internet {

    private static final List<String> IPV4_NOT_ROUTED = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10",
            "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");

    public static final AddressSet IPV4 = AddressSet.all(IpFamily.IPV4)
            .minus(AddressSet.ofCidrs(IpFamily.IPV4, IPV4_NOT_ROUTED));
    public static final AddressSet IPV6 = AddressSet.ofCidrs(IpFamily.IPV6, List.of("2000::/3"))
            .minus(AddressSet.ofCidrs(IpFamily.IPV6, List.of("2001:db8::/32")));

    private Internet() {
    }

    public static AddressSet of(IpFamily family) {
        return family == IpFamily.IPV4 ? IPV4 : IPV6;
    }
}
