package io.secpillar.evidence.network;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The brute-force side: a sample of addresses holding the first and last address of every block the generator
 * uses and of every special-purpose range, and their neighbours, plus some fixed ones. Any set the analyzer can
 * build from those blocks changes only at such points, so checking every sampled address is exhaustive. The
 * public ranges are spelled out again here, as plain numbers, independent of {@link Internet}.
 */
final class NetworkOracle {

    static final List<String> V4_BLOCKS = List.of("0.0.0.0/0", "0.0.0.0/1", "128.0.0.0/1", "0.0.0.0/2", "64.0.0.0/2",
            "128.0.0.0/2", "192.0.0.0/2", "10.0.0.0/8", "203.0.113.0/24", "8.8.8.0/24", "1.0.0.0/8", "0.0.0.0/5",
            "8.0.0.0/7", "11.0.0.0/8", "12.0.0.0/6", "16.0.0.0/4", "32.0.0.0/3", "64.0.0.0/2", "224.0.0.0/3",
            "160.0.0.0/3", "172.16.0.0/12", "100.64.0.0/10", "54.0.0.0/8", "192.168.1.7/32");
    static final List<String> V6_BLOCKS = List.of("::/0", "::/1", "8000::/1", "2000::/3", "2000::/4", "3000::/4",
            "2001:db8::/32", "2600::/16", "fc00::/7", "2001::/16", "2a00::/8");
    private static final String[][] NOT_PUBLIC_V4 = {{"0.0.0.0", "0.255.255.255"}, {"10.0.0.0", "10.255.255.255"},
            {"100.64.0.0", "100.127.255.255"}, {"127.0.0.0", "127.255.255.255"}, {"169.254.0.0", "169.254.255.255"},
            {"172.16.0.0", "172.31.255.255"}, {"192.0.0.0", "192.0.0.255"}, {"192.0.2.0", "192.0.2.255"},
            {"192.168.0.0", "192.168.255.255"}, {"198.18.0.0", "198.19.255.255"}, {"198.51.100.0", "198.51.100.255"},
            {"203.0.113.0", "203.0.113.255"}, {"224.0.0.0", "255.255.255.255"}};

    /** One sampled address: its text and whether it is a public internet address. */
    record Sample(String text, boolean isPublic) {
    }

    static final List<Sample> V4 = sample(IpFamily.IPV4);
    static final List<Sample> V6 = sample(IpFamily.IPV6);

    private NetworkOracle() {
    }

    static List<Sample> of(IpFamily f) {
        return f == IpFamily.IPV4 ? V4 : V6;
    }

    private static List<Sample> sample(IpFamily f) {
        int bits = f == IpFamily.IPV4 ? 32 : 128;
        BigInteger max = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
        TreeSet<BigInteger> points = new TreeSet<>();
        List<String> blocks = new ArrayList<>(f == IpFamily.IPV4 ? V4_BLOCKS : V6_BLOCKS);
        if (f == IpFamily.IPV4) {
            for (String[] r : NOT_PUBLIC_V4) {
                addEdges(points, v4(r[0]), v4(r[1]), max);
            }
            points.add(v4("8.8.8.8"));
            points.add(v4("52.94.1.1"));
        } else {
            blocks.add("2000::/3");
            blocks.add("2001:db8::/32");
            points.add(new BigInteger("26000000000000000000000000000001", 16));
        }
        for (String b : blocks) {
            String[] parts = b.split("/");
            BigInteger base = f == IpFamily.IPV4 ? v4(parts[0]) : v6(parts[0]);
            int len = Integer.parseInt(parts[1]);
            BigInteger size = BigInteger.ONE.shiftLeft(bits - len);
            addEdges(points, base, base.add(size).subtract(BigInteger.ONE), max);
        }
        return points.stream().map(p -> new Sample(text(f, p), isPublic(f, p))).toList();
    }

    private static void addEdges(TreeSet<BigInteger> points, BigInteger first, BigInteger last, BigInteger max) {
        points.add(first);
        points.add(last);
        if (first.signum() > 0) {
            points.add(first.subtract(BigInteger.ONE));
        }
        if (last.compareTo(max) < 0) {
            points.add(last.add(BigInteger.ONE));
        }
    }

    static boolean isPublic(IpFamily f, BigInteger a) {
        if (f == IpFamily.IPV4) {
            for (String[] r : NOT_PUBLIC_V4) {
                if (a.compareTo(v4(r[0])) >= 0 && a.compareTo(v4(r[1])) <= 0) {
                    return false;
                }
            }
            return true;
        }
        boolean globalUnicast = a.shiftRight(125).intValue() == 1;
        boolean documentation = a.shiftRight(96).equals(new BigInteger("20010db8", 16));
        return globalUnicast && !documentation;
    }

    static boolean inBlock(IpFamily f, String address, String block) {
        int bits = f == IpFamily.IPV4 ? 32 : 128;
        String[] parts = block.split("/");
        if (parts[0].contains(":") != (f == IpFamily.IPV6)) {
            return false;
        }
        int len = Integer.parseInt(parts[1]);
        BigInteger a = f == IpFamily.IPV4 ? v4(address) : v6(address);
        BigInteger b = f == IpFamily.IPV4 ? v4(parts[0]) : v6(parts[0]);
        return a.shiftRight(bits - len).equals(b.shiftRight(bits - len));
    }

    static BigInteger v4(String a) {
        long out = 0;
        for (String o : a.split("\\.")) {
            out = out << 8 | Long.parseLong(o);
        }
        return BigInteger.valueOf(out);
    }

    static BigInteger v6(String a) {
        String[] halves = a.split("::", -1);
        List<String> groups = new ArrayList<>();
        List<String> head = halves[0].isEmpty() ? List.of() : List.of(halves[0].split(":"));
        List<String> tail = halves.length < 2 || halves[1].isEmpty() ? List.of() : List.of(halves[1].split(":"));
        groups.addAll(head);
        for (int i = head.size() + tail.size(); i < 8; i++) {
            groups.add("0");
        }
        groups.addAll(tail);
        BigInteger out = BigInteger.ZERO;
        for (String g : groups) {
            out = out.shiftLeft(16).or(new BigInteger(g, 16));
        }
        return out;
    }

    private static String text(IpFamily f, BigInteger p) {
        if (f == IpFamily.IPV4) {
            long v = p.longValue();
            return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 7; i >= 0; i--) {
            b.append(p.shiftRight(i * 16).and(BigInteger.valueOf(0xffff)).toString(16)).append(i > 0 ? ":" : "");
        }
        return b.toString();
    }
}
