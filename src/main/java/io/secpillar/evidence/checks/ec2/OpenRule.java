package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.inventory.ec2.Ec2Inventory.IpPermission;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.SecurityGroup;

import java.util.List;
import java.util.stream.Stream;

/**
 * One inbound security group rule open to the whole internet (0.0.0.0/0 or ::/0). Rules that name a smaller
 * range, another security group or a prefix list are not "the internet" and are left out.
 *
 * @param protocol "-1" for every protocol, else a name (tcp) or number (6)
 * @param fromPort null when the rule covers every port
 */
public record OpenRule(String protocol, Integer fromPort, Integer toPort, String source) {

    static List<OpenRule> inbound(SecurityGroup group) {
        return group.inbound().stream().flatMap(OpenRule::fromPermission).toList();
    }

    private static Stream<OpenRule> fromPermission(IpPermission p) {
        Stream<String> v4 = p.ipv4Ranges().stream().filter("0.0.0.0/0"::equals);
        Stream<String> v6 = p.ipv6Ranges().stream().filter("::/0"::equals);
        return Stream.concat(v4, v6).map(cidr -> new OpenRule(p.protocol(), p.fromPort(), p.toPort(), cidr));
    }

    boolean allProtocols() {
        return "-1".equals(protocol);
    }

    boolean allPorts() {
        return allProtocols() || fromPort == null || fromPort <= 0 && toPort != null && toPort >= 65535;
    }

    boolean reachesTcp(int port) {
        boolean tcp = "tcp".equalsIgnoreCase(protocol) || "6".equals(protocol);
        return allProtocols() || tcp && (fromPort == null || fromPort <= port && port <= toPort);
    }

    @Override
    public String toString() {
        String ports = allPorts() ? "all ports"
                : fromPort.equals(toPort) ? "port " + fromPort : "ports " + fromPort + "-" + toPort;
        return (allProtocols() ? "all traffic" : protocol + " " + ports) + " from " + source;
    }
}
