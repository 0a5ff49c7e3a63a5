package io.secpillar.evidence.network;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkAclExposureTest {

    private static NaclEntry in(int rule, boolean allow, String protocol, Integer from, Integer to, String cidr) {
        boolean v4 = AddressSet.familyOf(cidr) == IpFamily.IPV4;
        return new NaclEntry(rule, allow, false, protocol, from, to, v4 ? cidr : null, v4 ? null : cidr);
    }

    @Test
    void theLowestMatchingRuleDecides() {
        NetworkAclExposure acl = NetworkAclExposure.of(List.of(in(200, true, "-1", null, null, "0.0.0.0/0"),
                in(100, false, "6", 22, 22, "0.0.0.0/0")));
        ExposureVerdict ssh = acl.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 22);
        assertThat(ssh.answer()).isEqualTo(Reachability.NO);
        assertThat(acl.reachableFromAnyInternetAddress(IpFamily.IPV4, "tcp", 22).answer()).isEqualTo(Reachability.NO);
        assertThat(acl.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 80).answer()).isEqualTo(Reachability.YES);
    }

    @Test
    void aDenyForPartOfTheInternetLeavesTheRestIn() {
        NetworkAclExposure acl = NetworkAclExposure.of(List.of(in(100, false, "6", 0, 65535, "0.0.0.0/1"),
                in(110, true, "6", 3389, 3389, "0.0.0.0/0")));
        assertThat(acl.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 3389).answer()).isEqualTo(Reachability.NO);
        ExposureVerdict some = acl.reachableFromAnyInternetAddress(IpFamily.IPV4, "tcp", 3389);
        assertThat(some.answer()).isEqualTo(Reachability.YES);
        assertThat(some.sources().contains("203.0.114.1")).isTrue();
        assertThat(some.sources().contains("100.0.0.1")).isFalse();
    }

    @Test
    void outboundEntriesAndTheOtherFamilyDoNotLetAnythingIn() {
        NetworkAclExposure acl = NetworkAclExposure.of(List.of(new NaclEntry(100, true, true, "-1", null, null, "0.0.0.0/0", null),
                in(100, true, "-1", null, null, "::/0")));
        assertThat(acl.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 22).answer()).isEqualTo(Reachability.NO);
        assertThat(acl.reachableFromWholeInternet(IpFamily.IPV6, "tcp", 22).answer()).isEqualTo(Reachability.YES);
        assertThat(acl.reachableFromWholeInternet("tcp", 22).answer()).isEqualTo(Reachability.YES);
    }

    @Test
    void aPacketGetsInOnlyWhereTheAclAndTheGroupBothLetItIn() {
        NetworkAclExposure acl = NetworkAclExposure.of(List.of(in(100, false, "6", 22, 22, "128.0.0.0/1"),
                in(200, true, "-1", null, null, "0.0.0.0/0")));
        SecurityGroupExposure group = SecurityGroupExposure.of(List.of(SecurityGroupRule.ofCidrs("tcp", 22, 22, "0.0.0.0/0")), List.of());
        InboundPath path = InboundPath.of(acl, group);
        assertThat(path.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 22).answer()).isEqualTo(Reachability.NO);
        ExposureVerdict some = path.reachableFromAnyInternetAddress(IpFamily.IPV4, "tcp", 22);
        assertThat(some.answer()).isEqualTo(Reachability.YES);
        assertThat(some.sources().cidrs()).doesNotContain("128.0.0.0/1");
        assertThat(path.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 80).answer()).isEqualTo(Reachability.NO);
    }
}
