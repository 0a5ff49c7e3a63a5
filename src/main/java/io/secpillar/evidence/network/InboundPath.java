package io.secpillar.evidence.network;


/**
 * A packet from the internet to an instance passes the subnet's network ACL and then the instance's security group;
 * it gets in only from addresses both let in.
 */
public final class InboundPath {

    private final NetworkAclExposure acl;
    private final SecurityGroupExposure group;

    private InboundPath(NetworkAclExposure acl, SecurityGroupExposure group) {
        this.acl = acl;
        this.group = group;
    }

    public static InboundPath of(NetworkAclExposure acl, SecurityGroupExposure group) {
        return new InboundPath(acl, group);
    }

    /** Does a packet to {@code port} get in from every public address of {@code family}? */
    public ExposureVerdict reachableFromWholeInternet(IpFamily family, String protocol, int port) {
        int p = Protocol.parse(protocol);
        return combined(family, p, port).wholeInternet(Protocol.name(p) + " port " + port);
    }

    /** Does a packet to {@code port} get in from any public address of {@code family}? */
    public ExposureVerdict reachableFromAnyInternetAddress(IpFamily family, String protocol, int port) {
        int p = Protocol.parse(protocol);
        return combined(family, p, port).anyInternet(Protocol.name(p) + " port " + port);
    }

    private Sources combined(IpFamily family, int protocol, int port) {
        Sources admitted = acl.admitted(family, protocol, port);
        return group.sources(family, protocol, port).intersect(admitted.known(), admitted.rules());
    }

}
