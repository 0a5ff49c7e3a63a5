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

class Ec2NetworkaclAllowIngressSshTest {

    private final Ec2NetworkaclAllowIngressSsh check = new Ec2NetworkaclAllowIngressSsh();

    @Test
    void theLowestNumberedEntryForTheWholeInternetDecides() {
        NetworkAclEntry lastDeny = entry(32767, "-1", "deny", "0.0.0.0/0", null, null);
        List<Finding> f = check.evaluate(acls(
                acl("acl-default", entry(100, "-1", "allow", "0.0.0.0/0", null, null), lastDeny),
                acl("acl-guarded", entry(90, "6", "deny", "0.0.0.0/0", 22, 22),
                        entry(100, "6", "allow", "0.0.0.0/0", 0, 65535), lastDeny),
                acl("acl-office", entry(100, "6", "allow", "198.51.100.0/24", 22, 22), lastDeny),
                acl("acl-v6", entry(120, "6", "allow", "::/0", 20, 30), entry(110, "6", "allow", "0.0.0.0/0", 443, 443),
                        lastDeny)), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.FAIL, Status.PASS, Status.PASS, Status.FAIL);
        assertThat(f.get(0).observed()).containsEntry("ipv4", "rule 100 allow");
        assertThat(f.get(1).observed()).containsEntry("ipv4", "rule 90 deny");
        assertThat(f.get(3).observed()).containsEntry("ipv6", "rule 120 allow").containsEntry("ipv4", "rule 32767 deny");
        assertThat(f.get(0).resourceId()).isEqualTo("arn:aws:ec2:eu-west-1:111122223333:network-acl/acl-default");
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
