package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.checks.ec2.ResourceFindings.Verdict;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.RuleAction;

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
        Optional<NetworkAclEntry> v4 = deciding(acl, port, e -> e.cidrBlock(), "0.0.0.0/0");
        Optional<NetworkAclEntry> v6 = deciding(acl, port, e -> e.ipv6CidrBlock(), "::/0");
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("ipv4", v4.map(InternetAclPath::describe).orElse("no entry for 0.0.0.0/0 (denied)"));
        observed.put("ipv6", v6.map(InternetAclPath::describe).orElse("no entry for ::/0 (denied)"));
        observed.put("vpcId", String.valueOf(acl.vpcId()));
        boolean open = v4.filter(InternetAclPath::allows).isPresent() || v6.filter(InternetAclPath::allows).isPresent();
        String name = "Network ACL " + acl.networkAclId();
        String what = service + " (TCP " + port + ")";
        return open ? new Verdict(Status.FAIL, name + " lets the internet in on " + what + ".", observed, acl.toString())
                : new Verdict(Status.PASS, name + " denies the internet on " + what + ".", observed, acl.toString());
    }

    static String arn(Target target, NetworkAcl acl) {
        return ResourceFindings.arn(target, "network-acl/" + acl.networkAclId());
    }

    private static Optional<NetworkAclEntry> deciding(NetworkAcl acl, int port, Function<NetworkAclEntry, String> cidr,
                                                      String everyone) {
        return acl.entries().stream()
                .filter(e -> !Boolean.TRUE.equals(e.egress()) && everyone.equals(cidr.apply(e)) && coversTcp(e, port))
                .min(Comparator.comparing(NetworkAclEntry::ruleNumber));
    }

    private static boolean coversTcp(NetworkAclEntry e, int port) {
        boolean tcpOrAll = "-1".equals(e.protocol()) || "6".equals(e.protocol());
        return tcpOrAll && (e.portRange() == null || e.portRange().from() == null
                || e.portRange().from() <= port && port <= e.portRange().to());
    }

    private static boolean allows(NetworkAclEntry e) {
        return e.ruleAction() == RuleAction.ALLOW;
    }

    private static String describe(NetworkAclEntry e) {
        return "rule " + e.ruleNumber() + " " + e.ruleActionAsString();
    }
}
