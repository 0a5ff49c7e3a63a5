package io.secpillar.evidence.network;

import io.secpillar.evidence.network.NetworkOracle.Sample;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network analyzer against brute force: every sampled address (edges of every block in play) and, for the
 * port questions, all 65,536 ports. A prefix list whose entries are missing is judged both as empty and as
 * everything; the analyzer may say UNKNOWN only when the two differ.
 */
class NetworkPropertiesTest {

    private static final List<String> PROTOCOLS = List.of("-1", "tcp", "6", "udp", "icmp", "50");
    private static final List<int[]> PORTS = List.of(new int[] {22, 22}, new int[] {0, 65535}, new int[] {1, 65535},
            new int[] {0, 1023}, new int[] {1024, 65535}, new int[] {80, 443}, new int[] {3389, 3389},
            new int[] {-1, -1}, new int[] {2, 65535}, new int[] {1, 32767}, new int[] {32768, 65535});
    private static final PrefixList KNOWN = new PrefixList("pl-known", List.of("0.0.0.0/1", "8000::/1", "10.0.0.0/8"));

    @Provide
    Arbitrary<List<SecurityGroupRule>> groups() {
        Arbitrary<List<String>> cidrs = Arbitraries.of(concat(NetworkOracle.V4_BLOCKS, NetworkOracle.V6_BLOCKS))
                .list().ofMinSize(0).ofMaxSize(3);
        Arbitrary<List<String>> lists = Arbitraries.of(List.of(), List.of(), List.of(), List.of("pl-known"), List.of("pl-missing"));
        Arbitrary<SecurityGroupRule> rule = Combinators.combine(Arbitraries.of(PROTOCOLS), Arbitraries.of(PORTS), cidrs, lists)
                .as((p, ports, c, l) -> new SecurityGroupRule(p, ports[0], ports[1],
                        c.stream().filter(x -> !x.contains(":")).toList(), c.stream().filter(x -> x.contains(":")).toList(),
                        l, List.of()));
        return rule.list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<NaclEntry>> acls() {
        Arbitrary<NaclEntry> entry = Combinators.combine(Arbitraries.integers().between(1, 300), Arbitraries.of(true, false),
                Arbitraries.of(true, false, false, false, false), Arbitraries.of("-1", "6", "17"), Arbitraries.of(PORTS),
                Arbitraries.of(concat(NetworkOracle.V4_BLOCKS, NetworkOracle.V6_BLOCKS)))
                .as((n, allow, egress, p, ports, cidr) -> new NaclEntry(n, allow, egress, p,
                        ports[0] < 0 ? null : ports[0], ports[0] < 0 ? null : ports[1], cidr.contains(":") ? null : cidr,
                        cidr.contains(":") ? cidr : null));
        return entry.list().ofMinSize(1).ofMaxSize(6).filter(l -> l.stream().map(NaclEntry::ruleNumber).distinct().count() == l.size());
    }

    /** Sampled addresses each rule covering (protocol, port) lets in; missing prefix lists as empty or as all. */
    private static BitSet reached(List<SecurityGroupRule> rules, IpFamily f, int protocol, int port, boolean missingIsAll) {
        List<Sample> sample = NetworkOracle.of(f);
        BitSet out = new BitSet();
        for (SecurityGroupRule r : rules) {
            if (!oracleCovers(r.protocol(), r.fromPort(), r.toPort(), protocol, port)) {
                continue;
            }
            out.or(bits(r, f, sample, missingIsAll));
        }
        return out;
    }

    private static BitSet bits(SecurityGroupRule r, IpFamily f, List<Sample> sample, boolean missingIsAll) {
        List<String> blocks = new ArrayList<>(f == IpFamily.IPV4 ? r.ipv4Cidrs() : r.ipv6Cidrs());
        for (String id : r.prefixListIds()) {
            if (id.equals(KNOWN.id())) {
                blocks.addAll(KNOWN.cidrs());
            } else if (missingIsAll) {
                blocks.add(f == IpFamily.IPV4 ? "0.0.0.0/0" : "::/0");
            }
        }
        BitSet out = new BitSet();
        for (int i = 0; i < sample.size(); i++) {
            String a = sample.get(i).text();
            if (blocks.stream().anyMatch(b -> NetworkOracle.inBlock(f, a, b))) {
                out.set(i);
            }
        }
        return out;
    }

    /** Rule semantics spelled out: -1 is everything, TCP/UDP by port range (-1 = all), ICMP by type, others whole. */
    static boolean oracleCovers(String ruleProtocol, Integer from, Integer to, int protocol, int port) {
        int own = switch (ruleProtocol) {
            case "-1" -> -1;
            case "tcp", "6" -> 6;
            case "udp", "17" -> 17;
            case "icmp", "1" -> 1;
            default -> Integer.parseInt(ruleProtocol);
        };
        if (own == -1) {
            return true;
        }
        if (own != protocol) {
            return false;
        }
        if (own == 6 || own == 17 || own == 1) {
            return from == null || from < 0 || to == null || to < 0 || from <= port && port <= to;
        }
        return true;
    }

    private static BitSet publicBits(IpFamily f) {
        BitSet out = new BitSet();
        List<Sample> s = NetworkOracle.of(f);
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).isPublic()) {
                out.set(i);
            }
        }
        return out;
    }

    private static boolean whole(BitSet reached, IpFamily f) {
        BitSet missing = (BitSet) publicBits(f).clone();
        missing.andNot(reached);
        return missing.isEmpty();
    }

    private static boolean any(BitSet reached, IpFamily f) {
        return reached.intersects(publicBits(f));
    }

    private static void agree(Reachability answer, boolean whenMissingEmpty, boolean whenMissingAll, String what) {
        Statistics.collect(answer);
        switch (answer) {
            case YES -> assertThat(whenMissingEmpty).as("YES: " + what).isTrue();
            case NO -> assertThat(whenMissingAll).as("NO: " + what).isFalse();
            case UNKNOWN -> assertThat(whenMissingEmpty).as("UNKNOWN: " + what).isNotEqualTo(whenMissingAll);
        }
    }

    @Property(tries = 250)
    void wholeInternetOnOnePortAgreesWithBruteForce(@ForAll("groups") List<SecurityGroupRule> rules,
                                                     @ForAll("port") int port, @ForAll boolean v6, @ForAll boolean udp) {
        IpFamily f = v6 ? IpFamily.IPV6 : IpFamily.IPV4;
        int protocol = udp ? 17 : 6;
        SecurityGroupExposure g = SecurityGroupExposure.of(rules, List.of(KNOWN));
        agree(g.reachableFromWholeInternet(f, udp ? "udp" : "tcp", port).answer(),
                whole(reached(rules, f, protocol, port, false), f), whole(reached(rules, f, protocol, port, true), f),
                rules + " port " + port + " " + f);
    }

    @Property(tries = 15)
    void openPortsAndAllPortsAgreeWithEveryPort(@ForAll("groups") List<SecurityGroupRule> rules) {
        SecurityGroupExposure g = SecurityGroupExposure.of(rules, List.of(KNOWN));
        boolean everyEmpty = false;
        boolean everyAll = false;
        for (IpFamily f : IpFamily.values()) {
            for (int protocol : new int[] {6, 17}) {
                BitSet openEmpty = new BitSet();
                BitSet openAll = new BitSet();
                List<BitSet> ruleBitsEmpty = rules.stream().map(r -> bits(r, f, NetworkOracle.of(f), false)).toList();
                List<BitSet> ruleBitsAll = rules.stream().map(r -> bits(r, f, NetworkOracle.of(f), true)).toList();
                for (int port = 0; port <= 65535; port++) {
                    BitSet e = new BitSet();
                    BitSet a = new BitSet();
                    for (int i = 0; i < rules.size(); i++) {
                        SecurityGroupRule r = rules.get(i);
                        if (oracleCovers(r.protocol(), r.fromPort(), r.toPort(), protocol, port)) {
                            e.or(ruleBitsEmpty.get(i));
                            a.or(ruleBitsAll.get(i));
                        }
                    }
                    openEmpty.set(port, whole(e, f));
                    openAll.set(port, whole(a, f));
                }
                OpenPorts ports = g.portsOpenToWholeInternet(f, protocol == 6 ? "tcp" : "udp");
                BitSet claimed = new BitSet();
                ports.open().forEach(r -> claimed.set(r.from(), r.to() + 1));
                assertThat(claimed).as("open " + f + " " + protocol + " " + rules).isEqualTo(openEmpty);
                BitSet maybe = (BitSet) claimed.clone();
                ports.unknown().forEach(r -> maybe.set(r.from(), r.to() + 1));
                assertThat(maybe).as("open or unknown " + f + " " + protocol + " " + rules).isEqualTo(openAll);
                everyEmpty |= openEmpty.nextClearBit(1) > 65535;
                everyAll |= openAll.nextClearBit(1) > 65535;
            }
        }
        agree(g.allPortsOpenToInternet().answer(), everyEmpty, everyAll, "all ports " + rules);
    }

    @Property(tries = 200)
    void networkAclsInRuleOrderAgreeWithBruteForce(@ForAll("acls") List<NaclEntry> entries,
                                                   @ForAll("groups") List<SecurityGroupRule> rules,
                                                   @ForAll("port") int port, @ForAll boolean v6) {
        IpFamily f = v6 ? IpFamily.IPV6 : IpFamily.IPV4;
        List<Sample> sample = NetworkOracle.of(f);
        List<NaclEntry> ordered = entries.stream().filter(e -> !e.egress())
                .sorted(java.util.Comparator.comparingInt(NaclEntry::ruleNumber)).toList();
        BitSet admitted = new BitSet();
        for (int i = 0; i < sample.size(); i++) {
            String a = sample.get(i).text();
            for (NaclEntry e : ordered) {
                String cidr = f == IpFamily.IPV4 ? e.ipv4Cidr() : e.ipv6Cidr();
                if (cidr != null && oracleCovers(e.protocol(), e.fromPort(), e.toPort(), 6, port)
                        && NetworkOracle.inBlock(f, a, cidr)) {
                    admitted.set(i, e.allow());
                    break;
                }
            }
        }
        NetworkAclExposure acl = NetworkAclExposure.of(entries);
        agree(acl.reachableFromWholeInternet(f, "tcp", port).answer(), whole(admitted, f), whole(admitted, f), "whole " + entries);
        agree(acl.reachableFromAnyInternetAddress(f, "tcp", port).answer(), any(admitted, f), any(admitted, f), "any " + entries);
        BitSet viaEmpty = reached(rules, f, 6, port, false);
        BitSet viaAll = reached(rules, f, 6, port, true);
        viaEmpty.and(admitted);
        viaAll.and(admitted);
        InboundPath path = InboundPath.of(acl, SecurityGroupExposure.of(rules, List.of(KNOWN)));
        agree(path.reachableFromWholeInternet(f, "tcp", port).answer(), whole(viaEmpty, f), whole(viaAll, f), "path " + entries + rules);
        agree(path.reachableFromAnyInternetAddress(f, "tcp", port).answer(), any(viaEmpty, f), any(viaAll, f), "path any " + entries + rules);
    }

    @Provide
    Arbitrary<Integer> port() {
        return Arbitraries.oneOf(Arbitraries.of(0, 1, 22, 80, 443, 1023, 1024, 3389, 32767, 32768, 65535),
                Arbitraries.integers().between(0, 65535));
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
