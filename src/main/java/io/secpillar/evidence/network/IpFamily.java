package io.secpillar.evidence.network;

/** IPv4 or IPv6: security groups, NACLs and prefix lists keep the two families apart, and so does the analyzer. */
public enum IpFamily {
    IPV4, IPV6
}
