package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.NetworkAcl;
import io.secpillar.evidence.network.ExposureVerdict;
import io.secpillar.evidence.network.IpFamily;
import io.secpillar.evidence.network.NetworkAclExposure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether a network ACL lets the whole internet in on a TCP port, as the network exposure analyzer computes it from
 * the inbound entries in rule order, for IPv4 and IPv6.
 */
final class InternetAclPath {

    private InternetAclPath() {
    }

    static Verdict judge(NetworkAcl acl, int port, String service) {
        String name = "Network ACL " + acl.id();
        String what = service + " (TCP " + port + ")";
        ExposureVerdict v4;
        ExposureVerdict v6;
        try {
            NetworkAclExposure exposure = NetworkInputs.exposure(acl);
            v4 = exposure.reachableFromWholeInternet(IpFamily.IPV4, "tcp", port);
            v6 = exposure.reachableFromWholeInternet(IpFamily.IPV6, "tcp", port);
        } catch (IllegalArgumentException e) {
            return new Verdict(Status.COULD_NOT_ASSESS, name + " has an entry the analyzer cannot read: "
                    + e.getMessage(), Map.of("vpcId", String.valueOf(acl.vpcId())), acl.proof());
        }
        Map<String, String> observed = new LinkedHashMap<>();
        observed.put("ipv4", v4.answer() + (v4.rules().isEmpty() ? "" : " (" + String.join("; ", v4.rules()) + ")"));
        observed.put("ipv6", v6.answer() + (v6.rules().isEmpty() ? "" : " (" + String.join("; ", v6.rules()) + ")"));
        observed.put("vpcId", String.valueOf(acl.vpcId()));
        boolean open = v4.isYes() || v6.isYes();
        return open ? Verdict.fail(name + " lets the whole internet in on " + what + ": "
                + (v4.isYes() ? v4 : v6).reason(), observed, acl.proof())
                : Verdict.pass(name + " does not let the whole internet in on " + what + ".", observed, acl.proof());
    }
}
