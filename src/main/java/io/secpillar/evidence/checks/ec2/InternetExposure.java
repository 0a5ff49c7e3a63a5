package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.SecurityGroup;
import io.secpillar.evidence.network.ExposureVerdict;
import io.secpillar.evidence.network.Reachability;
import io.secpillar.evidence.network.SecurityGroupExposure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a security group must not open to the whole internet, one per registration of
 * {@link Ec2SecuritygroupAllowIngressFromInternetTo}: the id suffix, title, severity and remediation, and the
 * question put to the network exposure analyzer. "The whole internet" is every public address of IPv4 or of IPv6,
 * however the sources add up (0.0.0.0/0, split CIDRs, a prefix list holding them); a source that leaves part of it
 * out (an office range, another security group) is not judged open.
 */
public record InternetExposure(String idSuffix, String title, Severity severity, String remediation, String what,
                               Function<SecurityGroupExposure, Answer> question) {

    /** The analyzer's answer for one group, with more observed values (e.g. which database engines). */
    public record Answer(Reachability reachability, String reason, List<String> rules, Map<String, String> details) {
    }

    /** The default TCP ports of common databases and data stores, by the engine that listens on them. */
    static final Map<Integer, String> DATABASE_ENGINES = Map.ofEntries(Map.entry(1433, "SQL Server"),
            Map.entry(1434, "SQL Server"), Map.entry(1521, "Oracle"), Map.entry(2483, "Oracle"),
            Map.entry(2484, "Oracle"), Map.entry(3306, "MySQL"), Map.entry(5432, "PostgreSQL"),
            Map.entry(6379, "Redis"), Map.entry(11211, "Memcached"), Map.entry(27017, "MongoDB"),
            Map.entry(27018, "MongoDB"), Map.entry(7199, "Cassandra"), Map.entry(9042, "Cassandra"),
            Map.entry(9160, "Cassandra"), Map.entry(9200, "Elasticsearch/OpenSearch"),
            Map.entry(9300, "Elasticsearch/OpenSearch"));

    public static final InternetExposure SSH = new InternetExposure("ssh",
            "Security groups do not open SSH (TCP 22) to the internet", Severity.HIGH,
            "Remove the internet-wide sources (0.0.0.0/0, ::/0, or ranges and prefix lists that add up to them) from "
                    + "port 22. Reach instances through Session Manager, or allow only the address ranges of your "
                    + "bastion or VPN.", "SSH (TCP 22)", g -> of(g.reachableFromWholeInternet("tcp", 22)));
    public static final InternetExposure RDP = new InternetExposure("rdp",
            "Security groups do not open RDP (TCP 3389) to the internet", Severity.HIGH,
            "Remove the internet-wide sources (0.0.0.0/0, ::/0, or ranges and prefix lists that add up to them) from "
                    + "port 3389. Use Fleet Manager or Session Manager port forwarding, or allow only the address "
                    + "ranges of your VPN.", "RDP (TCP 3389)", g -> of(g.reachableFromWholeInternet("tcp", 3389)));
    public static final InternetExposure DATABASE_PORTS = new InternetExposure("database_ports",
            "Security groups do not open database ports to the internet", Severity.HIGH,
            "Keep databases in private subnets and allow their ports only from the security groups of the "
                    + "application tier (a security-group source, not a CIDR).", "database ports",
            InternetExposure::databasePorts);
    public static final InternetExposure ALL_PORTS = new InternetExposure("all_ports",
            "Security groups do not open every port to the internet", Severity.CRITICAL,
            "Replace the all-traffic rule (or TCP/UDP 0-65535 or 1-65535) with rules for the few ports the workload "
                    + "serves, and put public endpoints behind a load balancer so instances need no internet-facing "
                    + "rule at all.", "every port", g -> of(g.allPortsOpenToInternet()));

    /** Every registration, in catalog order. */
    public static final List<InternetExposure> ALL = List.of(SSH, RDP, DATABASE_PORTS, ALL_PORTS);

    private static Answer of(ExposureVerdict v) {
        return new Answer(v.answer(), v.reason(), v.rules(), Map.of());
    }

    /** FAIL when any engine's port is open to the whole internet; could-not-assess when one may be. */
    private static Answer databasePorts(SecurityGroupExposure group) {
        Map<String, ExposureVerdict> byPort = new TreeMap<>(DATABASE_ENGINES).entrySet().stream().collect(
                Collectors.toMap(e -> e.getKey() + " " + e.getValue(), e -> group.reachableFromWholeInternet("tcp",
                        e.getKey()), (a, b) -> a, LinkedHashMap::new));
        List<String> open = byPort.entrySet().stream().filter(e -> e.getValue().isYes()).map(Map.Entry::getKey).toList();
        if (!open.isEmpty()) {
            return new Answer(Reachability.YES, "TCP " + String.join(", ", open) + " open to the whole internet.",
                    byPort.values().stream().filter(ExposureVerdict::isYes).flatMap(v -> v.rules().stream())
                            .distinct().toList(), Map.of("exposedPorts", String.join(", ", open)));
        }
        return byPort.values().stream().filter(v -> v.answer() == Reachability.UNKNOWN).findFirst()
                .map(InternetExposure::of)
                .orElse(new Answer(Reachability.NO, "No database port is open to the whole internet.", List.of(),
                        Map.of()));
    }

    /** PASS when the group does not open this to the whole internet, FAIL naming the rules when it does. */
    Verdict verdict(SecurityGroup group, Ec2Inventory inventory) {
        String name = "Security group " + group.id() + " (" + group.name() + ")";
        Answer answer;
        try {
            answer = question.apply(NetworkInputs.exposure(group, inventory));
        } catch (IllegalArgumentException e) {
            return new Verdict(Status.COULD_NOT_ASSESS, name + " has a rule the analyzer cannot read: "
                    + e.getMessage(), Map.of("vpcId", String.valueOf(group.vpcId())), group.proof());
        }
        Map<String, String> observed = new LinkedHashMap<>(answer.details());
        observed.put("openRules", answer.reachability() != Reachability.YES ? "none" : answer.rules().isEmpty()
                ? answer.reason() : String.join("; ", answer.rules()));
        observed.put("vpcId", String.valueOf(group.vpcId()));
        return switch (answer.reachability()) {
            case YES -> new Verdict(Status.FAIL, name + " opens " + what + " to the internet: " + answer.reason(),
                    observed, group.proof());
            case NO -> new Verdict(Status.PASS, name + " does not open " + what + " to the whole internet.", observed,
                    group.proof());
            case UNKNOWN -> new Verdict(Status.COULD_NOT_ASSESS, name + ": " + answer.reason() + " "
                    + NetworkInputs.unreadPrefixLists(group, inventory), observed, group.proof());
        };
    }
}
