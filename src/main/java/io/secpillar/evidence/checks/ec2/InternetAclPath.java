package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.NetworkAcl;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.NetworkAclEntry;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether a network ACL lets the whole internet in on a TCP port. A NACL applies its inbound entries in rule
 * number order and the first match wins; for "anyone on the internet" only entries for 0.0.0.0/0 (IPv4) or
 * ::/0 (IPv6) match every source, so the first such entry covering the port decides for that family.
 */
final class InternetAclPath {

    private InternetAclPath() {
    }

    static Verdict judge(NetworkAcl acl, int port, String service) {
        Optional<NetworkAclEntry> v4 = deciding(acl, port, NetworkAclEntry::ipv4Cidr, "0.0.0.0/0");
        Optional<NetworkAclEntry> v6 = deciding(acl, port, NetworkAclEntry::ipv6Cidr, "::/0");
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("ipv4", v4.map(InternetAclPath::describe).orElse("no entry for 0.0.0.0/0 (denied)"));
        observed.put("ipv6", v6.map(InternetAclPath::describe).orElse("no entry for ::/0 (denied)"));
        observed.put("vpcId", String.valueOf(acl.vpcId()));
        boolean open = v4.filter(InternetAclPath::allows).isPresent() || v6.filter(InternetAclPath::allows).isPresent();
        String name = "Network ACL " + acl.id();
        String what = service + " (TCP " + port + ")";
        return open ? Verdict.fail(name + " lets the internet in on " + what + ".", observed, acl.proof())
                : Verdict.pass(name + " denies the internet on " + what + ".", observed, acl.proof());
    }

    private static Optional<NetworkAclEntry> deciding(NetworkAcl acl, int port, Function<NetworkAclEntry, String> cidr,
                                                      String everyone) {
        return acl.entries().stream()
                .filter(e -> !e.egress() && everyone.equals(cidr.apply(e)) && coversTcp(e, port))
                .min(Comparator.comparing(NetworkAclEntry::ruleNumber));
    }

    private static boolean coversTcp(NetworkAclEntry e, int port) {
        boolean tcpOrAll = "-1".equals(e.protocol()) || "6".equals(e.protocol());
        return tcpOrAll && (e.fromPort() == null || e.fromPort() <= port && port <= e.toPort());
    }

    private static boolean allows(NetworkAclEntry e) {
        return "allow".equals(e.ruleAction());
    }

    private static String describe(NetworkAclEntry e) {
        return "rule " + e.ruleNumber() + " " + e.ruleAction();
    }
}
