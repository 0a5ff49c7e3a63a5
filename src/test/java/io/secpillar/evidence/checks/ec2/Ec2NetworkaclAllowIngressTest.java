package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.NetworkAclEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The network ACL check, registered for SSH and for RDP. */
class Ec2NetworkaclAllowIngressTest {

    private final Ec2NetworkaclAllowIngress ssh = new Ec2NetworkaclAllowIngress("SSH", 22);
    private final Ec2NetworkaclAllowIngress rdp = new Ec2NetworkaclAllowIngress("RDP", 3389);
    private final NetworkAclEntry lastDeny = entry(32767, "-1", "deny", "0.0.0.0/0", null, null);

    @Test
    void eachRegistrationKeepsItsOwnIdAndPort() {
        assertThat(ssh.metadata().id()).isEqualTo("ec2_networkacl_allow_ingress_ssh");
        assertThat(rdp.metadata().id()).isEqualTo("ec2_networkacl_allow_ingress_rdp");
        assertThat(ssh.metadata().title()).isEqualTo("Network ACLs do not let the internet reach SSH");
        assertThat(rdp.metadata().remediation()).contains("TCP 3389").doesNotContain("TCP 22 ");
    }

    @Test
    void theLowestNumberedEntryForTheWholeInternetDecides() {
        List<Finding> f = ssh.evaluate(acls(
                acl("acl-default", entry(100, "-1", "allow", "0.0.0.0/0", null, null), lastDeny),
                acl("acl-guarded", entry(90, "6", "deny", "0.0.0.0/0", 22, 22),
                        entry(100, "6", "allow", "0.0.0.0/0", 0, 65535), lastDeny),
                acl("acl-office", entry(100, "6", "allow", "198.51.100.0/24", 22, 22), lastDeny),
                acl("acl-v6", entry(120, "6", "allow", "::/0", 20, 30), entry(110, "6", "allow", "0.0.0.0/0", 443, 443),
                        lastDeny)), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.FAIL, Status.PASS, Status.PASS, Status.FAIL);
        assertThat(f.get(0).observed().get("ipv4")).startsWith("YES").contains("rule 100 allow");
        assertThat(f.get(1).observed().get("ipv4")).startsWith("NO").contains("rule 90 deny");
        assertThat(f.get(3).observed().get("ipv6")).startsWith("YES").contains("rule 120 allow");
        assertThat(f.get(3).observed().get("ipv4")).startsWith("NO").contains("rule 32767 deny");
        assertThat(f.get(0).resourceId()).isEqualTo("arn:aws:ec2:eu-west-1:111122223333:network-acl/acl-default");
        assertThat(f.get(0).proof()).isEqualTo("acl acl-default");
    }

    @Test
    void anEntryForAnotherPortDoesNotShieldRdp() {
        List<Finding> f = rdp.evaluate(acls(
                acl("acl-ssh-only", entry(90, "6", "deny", "0.0.0.0/0", 22, 22),
                        entry(100, "-1", "allow", "0.0.0.0/0", null, null), lastDeny),
                acl("acl-rdp-denied", entry(80, "6", "deny", "0.0.0.0/0", 3389, 3389),
                        entry(100, "-1", "allow", "0.0.0.0/0", null, null), lastDeny)), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.FAIL, Status.PASS);
        assertThat(f.get(0).reason()).contains("RDP").contains("3389");
    }

    @Test
    void entriesThatAddUpToTheWholeInternetLetItIn() {
        List<Finding> f = ssh.evaluate(acls(
                acl("acl-halves", entry(100, "6", "allow", "0.0.0.0/1", 22, 22),
                        entry(110, "6", "allow", "128.0.0.0/1", 0, 1024), lastDeny),
                acl("acl-office-first", entry(90, "6", "allow", "198.51.100.0/24", 22, 22), lastDeny)), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.FAIL, Status.PASS);
    }

    @Test
    void refusedReadCouldNotBeAssessed() {
        for (Ec2NetworkaclAllowIngress check : List.of(ssh, rdp)) {
            assertThat(check.evaluate(refused(), REGION)).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                assertThat(f.reason()).contains("ec2:DescribeNetworkAcls");
            });
        }
    }
}
