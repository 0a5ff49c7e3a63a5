package io.secpillar.evidence.network;

import java.util.List;

/**
 * One inbound security group permission as EC2 describes it (IpPermission), free of the SDK: protocol, port range
 * (null or -1 for all), and its sources: IPv4 and IPv6 CIDRs, prefix list ids and referenced security groups.
 * Referenced groups are addresses inside the VPC (or a peered one), never the internet.
 */
public record SecurityGroupRule(String protocol, Integer fromPort, Integer toPort, List<String> ipv4Cidrs,
                                List<String> ipv6Cidrs, List<String> prefixListIds, List<String> referencedGroupIds) {

    public SecurityGroupRule {
        ipv4Cidrs = List.copyOf(ipv4Cidrs);
        ipv6Cidrs = List.copyOf(ipv6Cidrs);
        prefixListIds = List.copyOf(prefixListIds);
        referencedGroupIds = List.copyOf(referencedGroupIds);
    }

    /** A rule with CIDR sources only. */
    public static SecurityGroupRule ofCidrs(String protocol, Integer fromPort, Integer toPort, String... cidrs) {
        List<String> all = List.of(cidrs);
        return new SecurityGroupRule(protocol, fromPort, toPort,
                all.stream().filter(c -> AddressSet.familyOf(c) == IpFamily.IPV4).toList(),
                all.stream().filter(c -> AddressSet.familyOf(c) == IpFamily.IPV6).toList(), List.of(), List.of());
    }

    int protocolNumber() {
        return Protocol.parse(protocol);
    }

    PortRange ports() {
        return protocolNumber() == Protocol.ALL ? PortRange.ALL : PortRange.of(fromPort, toPort);
    }

    /** Whether a packet of {@code protocol} to {@code port} falls under this rule. */
    boolean covers(int protocol, int port) {
        int own = protocolNumber();
        if (own == Protocol.ALL) {
            return true;
        }
        return own == protocol && (!Protocol.hasPorts(own) && own != Protocol.ICMP && own != Protocol.ICMPV6
                || ports().contains(port));
    }

    @Override
    public String toString() {
        int p = protocolNumber();
        String ports = p == Protocol.ALL || !Protocol.hasPorts(p) ? "" : " " + ports();
        List<String> sources = new java.util.ArrayList<>(ipv4Cidrs);
        sources.addAll(ipv6Cidrs);
        sources.addAll(prefixListIds);
        sources.addAll(referencedGroupIds);
        return Protocol.name(p) + ports + " from " + String.join(", ", sources);
    }
}
