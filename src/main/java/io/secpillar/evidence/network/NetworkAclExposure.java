package io.secpillar.evidence.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a network ACL lets in. Inbound entries are applied in rule-number order and the first entry that matches a
 * packet decides, so an entry only decides for the addresses no lower-numbered entry has claimed; whatever no
 * entry claims meets the final implicit deny. Only inbound entries are judged: replies leave through the outbound
 * entries, which this does not follow.
 */
public final class NetworkAclExposure {

    private final List<NaclEntry> inbound;

    private NetworkAclExposure(List<NaclEntry> inbound) {
        this.inbound = inbound;
    }

    public static NetworkAclExposure of(List<NaclEntry> entries) {
        return new NetworkAclExposure(entries.stream().filter(e -> !e.egress())
                .sorted(Comparator.comparingInt(NaclEntry::ruleNumber)).toList());
    }

    /** Does every public address of {@code family} get in on {@code protocol}/{@code port}? */
    public ExposureVerdict reachableFromWholeInternet(IpFamily family, String protocol, int port) {
        int p = Protocol.parse(protocol);
        return admitted(family, p, port).wholeInternet(Protocol.name(p) + " port " + port);
    }

    /** Either family. */
    public ExposureVerdict reachableFromWholeInternet(String protocol, int port) {
        return Verdicts.either(reachableFromWholeInternet(IpFamily.IPV4, protocol, port),
                reachableFromWholeInternet(IpFamily.IPV6, protocol, port));
    }

    /** Does any public address of {@code family} get in on {@code protocol}/{@code port}? */
    public ExposureVerdict reachableFromAnyInternetAddress(IpFamily family, String protocol, int port) {
        int p = Protocol.parse(protocol);
        return admitted(family, p, port).anyInternet(Protocol.name(p) + " port " + port);
    }

    /** The addresses admitted for one protocol and port, with the entries that admit them. */
    Sources admitted(IpFamily family, int protocol, int port) {
        AddressSet unclaimed = AddressSet.all(family);
        AddressSet admitted = AddressSet.empty(family);
        List<String> deciding = new ArrayList<>();
        for (NaclEntry e : inbound) {
            if (e.family() != family || !e.covers(protocol, port) || unclaimed.isEmpty()) {
                continue;
            }
            AddressSet claimed = unclaimed.intersect(AddressSet.ofCidrs(family, List.of(e.cidr())));
            if (claimed.isEmpty()) {
                continue;
            }
            if (e.allow()) {
                admitted = admitted.union(claimed);
            }
            deciding.add(e.toString());
            unclaimed = unclaimed.minus(claimed);
        }
        return new Sources(admitted, List.of(), deciding);
    }
}
