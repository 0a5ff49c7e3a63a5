package io.secpillar.evidence.network;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The named examples and every question, one by one. */
class SecurityGroupExposureTest {

    private static SecurityGroupExposure group(SecurityGroupRule... rules) {
        return SecurityGroupExposure.of(List.of(rules), List.of());
    }

    @Test
    void zeroSlashZeroIsTheWholeInternet() {
        ExposureVerdict v = group(SecurityGroupRule.ofCidrs("tcp", 22, 22, "0.0.0.0/0"))
                .reachableFromWholeInternet(IpFamily.IPV4, "tcp", 22);
        assertThat(v.answer()).isEqualTo(Reachability.YES);
        assertThat(v.reason()).contains("TCP port 22 is open to the whole IPv4 internet").contains("TCP 22 from 0.0.0.0/0");
    }

    @Test
    void splitCidrsThatCoverEverythingCount() {
        SecurityGroupExposure g = group(SecurityGroupRule.ofCidrs("tcp", 22, 22, "0.0.0.0/1"),
                SecurityGroupRule.ofCidrs("6", 20, 30, "128.0.0.0/1"));
        assertThat(g.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 22).answer()).isEqualTo(Reachability.YES);
        assertThat(g.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 23).answer()).isEqualTo(Reachability.NO);
    }

    @Test
    void leavingOutOnlyPrivateRangesStillReachesEveryInternetHost() {
        SecurityGroupExposure g = group(SecurityGroupRule.ofCidrs("tcp", 443, 443, "0.0.0.0/5", "8.0.0.0/7",
                "11.0.0.0/8", "12.0.0.0/6", "16.0.0.0/4", "32.0.0.0/3", "64.0.0.0/2", "128.0.0.0/1"));
        assertThat(g.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 443).answer()).isEqualTo(Reachability.YES);
        SecurityGroupExposure missingOne = group(SecurityGroupRule.ofCidrs("tcp", 443, 443, "0.0.0.0/1", "128.0.0.0/3",
                "192.0.0.0/2"));
        ExposureVerdict v = missingOne.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 443);
        assertThat(v.answer()).as("the range 160.0.0.0/3 is not covered").isEqualTo(Reachability.NO);
        assertThat(v.reason()).contains("closed to at least 160.0.0.0/5");
    }

    @Test
    void aPrefixListThatHoldsTheInternetCounts() {
        SecurityGroupRule viaList = new SecurityGroupRule("tcp", 3389, 3389, List.of(), List.of(), List.of("pl-0abc"), List.of());
        SecurityGroupExposure g = SecurityGroupExposure.of(List.of(viaList),
                List.of(new PrefixList("pl-0abc", List.of("10.0.0.0/8", "0.0.0.0/0"))));
        assertThat(g.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 3389).answer()).isEqualTo(Reachability.YES);
        SecurityGroupExposure unknown = SecurityGroupExposure.of(List.of(viaList), List.of());
        ExposureVerdict v = unknown.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 3389);
        assertThat(v.answer()).isEqualTo(Reachability.UNKNOWN);
        assertThat(v.reason()).contains("pl-0abc");
    }

    @Test
    void referencedGroupsAreNotTheInternet() {
        SecurityGroupExposure g = group(new SecurityGroupRule("-1", null, null, List.of(), List.of(), List.of(),
                List.of("sg-0123")));
        assertThat(g.allPortsOpenToInternet().answer()).isEqualTo(Reachability.NO);
    }

    @Test
    void ipv6IsJudgedOnItsOwn() {
        SecurityGroupExposure g = group(SecurityGroupRule.ofCidrs("tcp", 22, 22, "::/0"));
        assertThat(g.reachableFromWholeInternet(IpFamily.IPV4, "tcp", 22).answer()).isEqualTo(Reachability.NO);
        assertThat(g.reachableFromWholeInternet(IpFamily.IPV6, "tcp", 22).answer()).isEqualTo(Reachability.YES);
        assertThat(g.reachableFromWholeInternet("tcp", 22).answer()).isEqualTo(Reachability.YES);
        SecurityGroupExposure globalUnicast = group(SecurityGroupRule.ofCidrs("tcp", 22, 22, "2000::/3"));
        assertThat(globalUnicast.reachableFromWholeInternet(IpFamily.IPV6, "tcp", 22).answer()).isEqualTo(Reachability.YES);
        SecurityGroupExposure half = group(SecurityGroupRule.ofCidrs("tcp", 22, 22, "2000::/4"));
        assertThat(half.reachableFromWholeInternet(IpFamily.IPV6, "tcp", 22).answer()).isEqualTo(Reachability.NO);
    }

    @Test
    void allPortsMeansAllTrafficOrEveryTcpOrUdpPortFromOne() {
        assertThat(group(SecurityGroupRule.ofCidrs("-1", null, null, "0.0.0.0/0")).allPortsOpenToInternet().answer())
                .isEqualTo(Reachability.YES);
        assertThat(group(SecurityGroupRule.ofCidrs("tcp", 0, 65535, "0.0.0.0/0")).allPortsOpenToInternet().answer())
                .isEqualTo(Reachability.YES);
        ExposureVerdict oneUp = group(SecurityGroupRule.ofCidrs("tcp", 1, 65535, "::/0")).allPortsOpenToInternet();
        assertThat(oneUp.answer()).isEqualTo(Reachability.YES);
        assertThat(oneUp.reason()).contains("every TCP port").contains("IPv6");
        assertThat(group(SecurityGroupRule.ofCidrs("tcp", 1, 32767, "0.0.0.0/0"),
                SecurityGroupRule.ofCidrs("tcp", 32768, 65535, "0.0.0.0/0")).allPortsOpenToInternet().answer())
                .isEqualTo(Reachability.YES);
        ExposureVerdict most = group(SecurityGroupRule.ofCidrs("tcp", 2, 65535, "0.0.0.0/0")).allPortsOpenToInternet();
        assertThat(most.answer()).isEqualTo(Reachability.NO);
        assertThat(group(SecurityGroupRule.ofCidrs("icmp", -1, -1, "0.0.0.0/0")).allPortsOpenToInternet().answer())
                .isEqualTo(Reachability.NO);
    }

    @Test
    void theOpenPortsAreListedAsRanges() {
        SecurityGroupExposure g = group(SecurityGroupRule.ofCidrs("tcp", 80, 80, "0.0.0.0/0"),
                SecurityGroupRule.ofCidrs("tcp", 81, 90, "0.0.0.0/1"), SecurityGroupRule.ofCidrs("tcp", 85, 100, "128.0.0.0/1"),
                SecurityGroupRule.ofCidrs("udp", 53, 53, "0.0.0.0/0"));
        assertThat(g.portsOpenToWholeInternet(IpFamily.IPV4, "tcp").open())
                .containsExactly(new PortRange(80, 80), new PortRange(85, 90));
        assertThat(g.portsOpenToWholeInternet(IpFamily.IPV4, "udp").open()).containsExactly(new PortRange(53, 53));
        assertThat(g.portsOpenToWholeInternet(IpFamily.IPV6, "tcp").isEmpty()).isTrue();
    }

    @Test
    void badInputIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Protocol.parse("tcpx"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an IP protocol");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SecurityGroupRule.ofCidrs("tcp", 1, 1, "300.0.0.0/8"))
                .hasMessageContaining("not an IP address");
    }
}
