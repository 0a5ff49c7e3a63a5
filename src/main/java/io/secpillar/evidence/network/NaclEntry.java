package io.secpillar.evidence.network;

/**
 * One network ACL entry: rule number (lowest first, first match wins), allow or deny, inbound or outbound,
 * protocol, port range (null for all) and one CIDR, IPv4 or IPv6.
 */
public record NaclEntry(int ruleNumber, boolean allow, boolean egress, String protocol, Integer fromPort,
                        Integer toPort, String ipv4Cidr, String ipv6Cidr) {

    IpFamily family() {
        return ipv4Cidr != null ? IpFamily.IPV4 : IpFamily.IPV6;
    }

    String cidr() {
        return ipv4Cidr != null ? ipv4Cidr : ipv6Cidr;
    }

    boolean covers(int protocol, int port) {
        int own = Protocol.parse(this.protocol);
        return own == Protocol.ALL || own == protocol && (!Protocol.hasPorts(own) || PortRange.of(fromPort, toPort).contains(port));
    }

    @Override
    public String toString() {
        int p = Protocol.parse(protocol);
        return "rule " + ruleNumber + " " + (allow ? "allow " : "deny ") + Protocol.name(p)
                + (Protocol.hasPorts(p) ? " " + PortRange.of(fromPort, toPort) : "") + " from " + cidr();
    }
}
