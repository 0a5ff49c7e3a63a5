package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.*;

import java.util.List;
import java.util.Set;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2NetworkaclAllowIngressRdpTest {

    private final Ec2NetworkaclAllowIngressRdp check = new Ec2NetworkaclAllowIngressRdp();

    @Test
    void anEntryForAnotherPortDoesNotShieldRdp() {
        NetworkAclEntry lastDeny = entry(32767, "-1", "deny", "0.0.0.0/0", null, null);
        List<Finding> f = check.evaluate(acls(
                acl("acl-ssh-only", entry(90, "6", "deny", "0.0.0.0/0", 22, 22),
                        entry(100, "-1", "allow", "0.0.0.0/0", null, null), lastDeny),
                acl("acl-rdp-denied", entry(80, "6", "deny", "0.0.0.0/0", 3389, 3389),
                        entry(100, "-1", "allow", "0.0.0.0/0", null, null), lastDeny)), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.FAIL, Status.PASS);
        assertThat(f.get(0).reason()).contains("RDP").contains("3389");
    }

    static NetworkAclEntry entry(int rule, String protocol, String action, String cidr, Integer from, Integer to) {
        NetworkAclEntry.Builder e = NetworkAclEntry.builder().ruleNumber(rule).protocol(protocol).ruleAction(action)
                .egress(false);
        e = cidr.contains(":") ? e.ipv6CidrBlock(cidr) : e.cidrBlock(cidr);
        return (from == null ? e : e.portRange(p -> p.from(from).to(to))).build();
    }

    static NetworkAcl acl(String id, NetworkAclEntry... entries) {
        return NetworkAcl.builder().networkAclId(id).vpcId("vpc-1").entries(entries).build();
    }

    @Test
    void refusedReadCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("ec2:DescribeNetworkAcls");
        });
    }
}
