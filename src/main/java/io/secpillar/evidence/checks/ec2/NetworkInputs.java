package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.NetworkAcl;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.SecurityGroup;
import io.secpillar.evidence.network.NaclEntry;
import io.secpillar.evidence.network.NetworkAclExposure;
import io.secpillar.evidence.network.PrefixList;
import io.secpillar.evidence.network.SecurityGroupExposure;
import io.secpillar.evidence.network.SecurityGroupRule;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The inventory's security groups and network ACLs as the network exposure analyzer takes them. A prefix list whose
 * entries could not be read is left out, so the analyzer answers UNKNOWN wherever it could make a difference.
 */
final class NetworkInputs {

    private NetworkInputs() {
    }

    static SecurityGroupExposure exposure(SecurityGroup group, Ec2Inventory inventory) {
        List<SecurityGroupRule> rules = group.inbound().stream().map(p -> new SecurityGroupRule(p.protocol(),
                p.fromPort(), p.toPort(), p.ipv4Ranges(), p.ipv6Ranges(), p.prefixListIds(), p.sourceGroupIds()))
                .toList();
        List<PrefixList> lists = inventory.prefixListEntries().entrySet().stream().filter(e -> e.getValue().isOk())
                .map(e -> new PrefixList(e.getKey(), e.getValue().value())).toList();
        return SecurityGroupExposure.of(rules, lists);
    }

    /** Why the prefix lists the group names could not all be read, or "" when they could. */
    static String unreadPrefixLists(SecurityGroup group, Ec2Inventory inventory) {
        return group.inbound().stream().flatMap(p -> p.prefixListIds().stream()).distinct().map(id -> {
            Fetched<List<String>> read = inventory.prefixListEntries().get(id);
            return read == null ? id + ": entries not read" : read.isOk() ? "" : id + ": " + read.explanation();
        }).filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
    }

    static NetworkAclExposure exposure(NetworkAcl acl) {
        return NetworkAclExposure.of(acl.entries().stream().map(e -> new NaclEntry(e.ruleNumber() == null ? 0
                : e.ruleNumber(), "allow".equals(e.ruleAction()), e.egress(), e.protocol(), e.fromPort(), e.toPort(),
                e.ipv4Cidr(), e.ipv6Cidr())).toList());
    }
}
