package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** No security group lets the whole internet reach a database or data-store port. */
public final class Ec2SecuritygroupAllowIngressFromInternetToDatabasePorts implements Check<Ec2Inventory> {

    /** The default TCP ports of common databases and data stores, by the engine that listens on them. */
    static final Map<Integer, String> PORTS = Map.ofEntries(Map.entry(1433, "SQL Server"), Map.entry(1434, "SQL Server"),
            Map.entry(1521, "Oracle"), Map.entry(2483, "Oracle"), Map.entry(2484, "Oracle"), Map.entry(3306, "MySQL"),
            Map.entry(5432, "PostgreSQL"), Map.entry(6379, "Redis"), Map.entry(11211, "Memcached"),
            Map.entry(27017, "MongoDB"), Map.entry(27018, "MongoDB"), Map.entry(7199, "Cassandra"),
            Map.entry(9042, "Cassandra"), Map.entry(9160, "Cassandra"), Map.entry(9200, "Elasticsearch/OpenSearch"),
            Map.entry(9300, "Elasticsearch/OpenSearch"));

    static final CheckMetadata METADATA = new CheckMetadata("ec2_securitygroup_allow_ingress_from_internet_to_database_ports",
            "Security groups do not open database ports to the internet", "ec2", Scope.REGIONAL, Severity.HIGH,
            List.of(Ec2Inventory.DESCRIBE_SECURITY_GROUPS),
            "Keep databases in private subnets and allow their ports only from the security groups of the "
                    + "application tier (a security-group source, not a CIDR).");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<Ec2Inventory> inventoryType() {
        return Ec2Inventory.class;
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        return InternetExposure.judge(METADATA.id(), inventory, target, "database ports",
                rule -> PORTS.keySet().stream().anyMatch(rule::reachesTcp),
                open -> Map.of("exposedPorts", new TreeMap<>(PORTS).entrySet().stream()
                        .filter(p -> open.stream().anyMatch(rule -> rule.reachesTcp(p.getKey())))
                        .map(p -> p.getKey() + " " + p.getValue()).collect(Collectors.joining(", "))));
    }
}
