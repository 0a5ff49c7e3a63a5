package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.SecurityGroup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What a security group must not open to the internet, one per registration of
 * {@link Ec2SecuritygroupAllowIngressFromInternetTo}: the id suffix, title, severity and remediation, and which
 * open rules expose it (with more observed values drawn from them, e.g. which database engines).
 */
public record InternetExposure(String idSuffix, String title, Severity severity, String remediation, String what,
                               Predicate<OpenRule> exposes, Function<List<OpenRule>, Map<String, String>> details) {

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
            "Remove the 0.0.0.0/0 and ::/0 sources from port 22. Reach instances through Session Manager, or allow "
                    + "only the address ranges of your bastion or VPN.", "SSH (TCP 22)", rule -> rule.reachesTcp(22),
            open -> Map.of());
    public static final InternetExposure RDP = new InternetExposure("rdp",
            "Security groups do not open RDP (TCP 3389) to the internet", Severity.HIGH,
            "Remove the 0.0.0.0/0 and ::/0 sources from port 3389. Use Fleet Manager or Session Manager port "
                    + "forwarding, or allow only the address ranges of your VPN.", "RDP (TCP 3389)",
            rule -> rule.reachesTcp(3389), open -> Map.of());
    public static final InternetExposure DATABASE_PORTS = new InternetExposure("database_ports",
            "Security groups do not open database ports to the internet", Severity.HIGH,
            "Keep databases in private subnets and allow their ports only from the security groups of the "
                    + "application tier (a security-group source, not a CIDR).", "database ports",
            rule -> DATABASE_ENGINES.keySet().stream().anyMatch(rule::reachesTcp), InternetExposure::exposedEngines);
    public static final InternetExposure ALL_PORTS = new InternetExposure("all_ports",
            "Security groups do not open every port to the internet", Severity.CRITICAL,
            "Replace the all-traffic rule with rules for the few ports the workload serves, and put public "
                    + "endpoints behind a load balancer so instances need no internet-facing rule at all.",
            "every port", OpenRule::allPorts, open -> Map.of());

    /** Every registration, in catalog order. */
    public static final List<InternetExposure> ALL = List.of(SSH, RDP, DATABASE_PORTS, ALL_PORTS);

    /** PASS when no inbound rule open to the internet exposes this; else FAIL naming the open rules. */
    Verdict verdict(SecurityGroup group) {
        List<OpenRule> open = OpenRule.inbound(group).stream().filter(exposes).toList();
        String name = "Security group " + group.id() + " (" + group.name() + ")";
        if (open.isEmpty()) {
            return new Verdict(Status.PASS, name + " does not open " + what + " to the internet.",
                    Map.of("openRules", "none"), group.proof());
        }
        Map<String, String> observed = new LinkedHashMap<>(details.apply(open));
        observed.put("openRules", open.stream().map(OpenRule::toString).collect(Collectors.joining("; ")));
        observed.put("vpcId", String.valueOf(group.vpcId()));
        return new Verdict(Status.FAIL, name + " opens " + what + " to the internet.", observed, group.proof());
    }

    private static Map<String, String> exposedEngines(List<OpenRule> open) {
        return Map.of("exposedPorts", new TreeMap<>(DATABASE_ENGINES).entrySet().stream()
                .filter(p -> open.stream().anyMatch(rule -> rule.reachesTcp(p.getKey())))
                .map(p -> p.getKey() + " " + p.getValue()).collect(Collectors.joining(", ")));
    }
}
