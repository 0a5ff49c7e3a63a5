package io.secpillar.evidence.network;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressSeqRange;
import inet.ipaddr.IPAddressString;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * A set of addresses of one family, kept as sorted, disjoint ranges, so that sources split over several CIDRs
 * (0.0.0.0/1 and 128.0.0.0/1) add up to what they really cover. The CIDR arithmetic is the ipaddress library's.
 */
public final class AddressSet {

    private final IpFamily family;
    private final List<IPAddressSeqRange> ranges;

    private AddressSet(IpFamily family, List<IPAddressSeqRange> ranges) {
        this.family = family;
        this.ranges = ranges.isEmpty() ? List.of()
                : List.of(IPAddressSeqRange.join(ranges.toArray(new IPAddressSeqRange[0])));
    }

    public static AddressSet empty(IpFamily family) {
        return new AddressSet(family, List.of());
    }

    public static AddressSet all(IpFamily family) {
        return ofCidrs(family, List.of(family == IpFamily.IPV4 ? "0.0.0.0/0" : "::/0"));
    }

    /** The union of the CIDRs of {@code family}; CIDRs of the other family are skipped, malformed ones refused. */
    public static AddressSet ofCidrs(IpFamily family, Collection<String> cidrs) {
        List<IPAddressSeqRange> out = new ArrayList<>();
        for (String cidr : cidrs) {
            IPAddress block = parse(cidr);
            if (block.isIPv4() == (family == IpFamily.IPV4)) {
                out.add(block.toPrefixBlock().toSequentialRange());
            }
        }
        return new AddressSet(family, out);
    }

    static IPAddress parse(String cidr) {
        IPAddress a = new IPAddressString(cidr.strip()).getAddress();
        if (a == null) {
            throw new IllegalArgumentException("not an IP address or CIDR: " + cidr);
        }
        return a;
    }

    /** The family of one CIDR, for callers that hold mixed lists. */
    public static IpFamily familyOf(String cidr) {
        return parse(cidr).isIPv4() ? IpFamily.IPV4 : IpFamily.IPV6;
    }

    public IpFamily family() {
        return family;
    }

    public AddressSet union(AddressSet other) {
        List<IPAddressSeqRange> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        return new AddressSet(family, all);
    }

    public AddressSet intersect(AddressSet other) {
        List<IPAddressSeqRange> out = new ArrayList<>();
        for (IPAddressSeqRange a : ranges) {
            for (IPAddressSeqRange b : other.ranges) {
                IPAddressSeqRange i = a.intersect(b);
                if (i != null) {
                    out.add(i);
                }
            }
        }
        return new AddressSet(family, out);
    }

    public AddressSet minus(AddressSet other) {
        List<IPAddressSeqRange> left = new ArrayList<>(ranges);
        for (IPAddressSeqRange b : other.ranges) {
            List<IPAddressSeqRange> next = new ArrayList<>();
            for (IPAddressSeqRange a : left) {
                IPAddressSeqRange[] rest = a.subtract(b);
                if (rest != null) {
                    next.addAll(Arrays.asList(rest));
                }
            }
            left = next;
        }
        return new AddressSet(family, left);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean containsAll(AddressSet other) {
        return other.minus(this).isEmpty();
    }

    public boolean contains(String address) {
        IPAddress a = parse(address).withoutPrefixLength();
        return ranges.stream().anyMatch(r -> r.contains(a));
    }

    /** The set as the fewest CIDR blocks, for a finding's proof. */
    public List<String> cidrs() {
        return ranges.stream().flatMap(r -> Arrays.stream(r.spanWithPrefixBlocks()))
                .map(IPAddress::toCanonicalString).toList();
    }

    @Override
    public String toString() {
        return isEmpty() ? "none" : String.join(", ", cidrs());
    }
}
