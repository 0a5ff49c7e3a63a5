package io.secpillar.evidence.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a security group's inbound rules let in: for each protocol and port, the union of the sources of every rule
 * that covers it (rules only ever add; there is no deny). Prefix lists are expanded from the entries given;
 * referenced security groups are inside the network and never count as the internet.
 */
public final class SecurityGroupExposure {

    private final List<SecurityGroupRule> inbound;
    private final Map<String, PrefixList> prefixLists;

    private SecurityGroupExposure(List<SecurityGroupRule> inbound, Map<String, PrefixList> prefixLists) {
        this.inbound = List.copyOf(inbound);
        this.prefixLists = prefixLists;
    }

    /** The group's inbound rules, with the entries of the prefix lists they may reference. */
    public static SecurityGroupExposure of(List<SecurityGroupRule> inbound, Collection<PrefixList> prefixLists) {
        return new SecurityGroupExposure(inbound, prefixLists.stream()
                .collect(Collectors.toMap(PrefixList::id, Function.identity(), (a, b) -> a)));
    }

    /** Is {@code protocol}/{@code port} open to every public address of {@code family}? */
    public ExposureVerdict reachableFromWholeInternet(IpFamily family, String protocol, int port) {
        int p = Protocol.parse(protocol);
        return sources(family, p, port).wholeInternet(Protocol.name(p) + " port " + port);
    }

    /** The same question over both families: YES if either is open, UNKNOWN if either cannot be told. */
    public ExposureVerdict reachableFromWholeInternet(String protocol, int port) {
        return Verdicts.either(reachableFromWholeInternet(IpFamily.IPV4, protocol, port),
                reachableFromWholeInternet(IpFamily.IPV6, protocol, port));
    }

    /** The ports of {@code protocol} open to the whole internet of {@code family}, and those that may be. */
    public OpenPorts portsOpenToWholeInternet(IpFamily family, String protocol) {
        int p = Protocol.parse(protocol);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, 65536));
        for (SecurityGroupRule r : inbound) {
            if (r.protocolNumber() == p || r.protocolNumber() == Protocol.ALL) {
                cuts.add(r.ports().from());
                cuts.add(r.ports().to() + 1);
            }
        }
        List<PortRange> open = new ArrayList<>();
        List<PortRange> unknown = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                Reachability r = sources(family, p, previous).wholeInternet("").answer();
                if (r != Reachability.NO) {
                    OpenPorts.append(r == Reachability.YES ? open : unknown, new PortRange(previous, cut - 1));
                }
            }
            previous = cut;
        }
        return new OpenPorts(p, family, open, unknown);
    }

    /**
     * Is every port open to the whole internet: all traffic, or TCP or UDP on every port from 1 to 65535 (port 0 is
     * not a usable port, so 1-65535 counts the same as 0-65535), in either family?
     */
    public ExposureVerdict allPortsOpenToInternet() {
        List<ExposureVerdict> verdicts = new ArrayList<>();
        for (IpFamily family : IpFamily.values()) {
            for (String protocol : List.of("tcp", "udp")) {
                verdicts.add(portsOpenToWholeInternet(family, protocol).everyPort(sourcesOfAllPorts(family, protocol)));
            }
        }
        return Verdicts.either(verdicts.toArray(new ExposureVerdict[0]));
    }

    private AddressSet sourcesOfAllPorts(IpFamily family, String protocol) {
        return sources(family, Protocol.parse(protocol), 1).known();
    }

    /** Everything that reaches one protocol and port. */
    Sources sources(IpFamily family, int protocol, int port) {
        AddressSet known = AddressSet.empty(family);
        List<String> unknown = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        for (SecurityGroupRule r : inbound) {
            if (!r.covers(protocol, port)) {
                continue;
            }
            AddressSet own = AddressSet.ofCidrs(family, family == IpFamily.IPV4 ? r.ipv4Cidrs() : r.ipv6Cidrs());
            for (String id : r.prefixListIds()) {
                PrefixList list = prefixLists.get(id);
                if (list == null) {
                    unknown.add(id);
                } else {
                    own = own.union(AddressSet.ofCidrs(family, list.cidrs()));
                }
            }
            if (!own.isEmpty()) {
                rules.add(r.toString());
                known = known.union(own);
            }
        }
        return new Sources(known, unknown, rules);
    }
}
