package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Map;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The internet-exposure check, registered for SSH, RDP, database ports and every port. */
class Ec2SecuritygroupAllowIngressFromInternetToTest {

    private static Ec2SecuritygroupAllowIngressFromInternetTo check(InternetExposure exposure) {
        return new Ec2SecuritygroupAllowIngressFromInternetTo(exposure);
    }

    @Test
    void eachRegistrationKeepsItsOwnId() {
        assertThat(InternetExposure.ALL.stream().map(e -> check(e).metadata().id())).containsExactly(
                "ec2_securitygroup_allow_ingress_from_internet_to_ssh",
                "ec2_securitygroup_allow_ingress_from_internet_to_rdp",
                "ec2_securitygroup_allow_ingress_from_internet_to_database_ports",
                "ec2_securitygroup_allow_ingress_from_internet_to_all_ports");
    }

    @Test
    void sshOpenToAnyIpv4OrIpv6AddressFails() {
        List<Finding> f = check(InternetExposure.SSH).evaluate(groups(
                group("sg-ok", tcp(22, 22, "203.0.113.0/24"), tcp(443, 443, "0.0.0.0/0")),
                group("sg-v6", tcp(22, 22, "::/0")),
                group("sg-all", allTraffic("0.0.0.0/0"))), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.FAIL);
        assertThat(f.get(0).resourceId()).isEqualTo("arn:aws:ec2:eu-west-1:111122223333:security-group/sg-ok");
        assertThat(f.get(1).observed()).containsEntry("openRules", "TCP 22 from ::/0");
        assertThat(f.get(2).observed()).containsEntry("openRules", "all traffic from 0.0.0.0/0");
        assertThat(f.get(2).proof()).isEqualTo("group sg-all");
    }

    @Test
    void aRangeCoveringRdpFails() {
        List<Finding> f = check(InternetExposure.RDP).evaluate(groups(
                group("sg-ssh", tcp(22, 22, "0.0.0.0/0")), group("sg-range", tcp(1000, 4000, "0.0.0.0/0"))), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(f.get(1).reason()).contains("sg-range").contains("RDP");
        assertThat(f.get(1).observed()).containsEntry("openRules", "TCP 1000-4000 from 0.0.0.0/0");
    }

    @Test
    void namesTheDatabaseEnginesExposed() {
        List<Finding> f = check(InternetExposure.DATABASE_PORTS).evaluate(groups(
                group("sg-web", tcp(443, 443, "0.0.0.0/0"), tcp(3306, 3306, "10.0.0.0/8")),
                group("sg-db", tcp(5400, 6400, "0.0.0.0/0"))), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(f.get(1).observed()).containsEntry("exposedPorts", "5432 PostgreSQL, 6379 Redis");
    }

    @Test
    void onlyAllTrafficOrTheFullPortRangeFailsEveryPort() {
        List<Finding> f = check(InternetExposure.ALL_PORTS).evaluate(groups(
                group("sg-range", tcp(1000, 4000, "0.0.0.0/0")), group("sg-full", tcp(0, 65535, "0.0.0.0/0")),
                group("sg-all", allTraffic("0.0.0.0/0")), group("sg-inside", allTraffic("10.0.0.0/8"))), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.FAIL, Status.PASS);
        assertThat(f.get(1).reason()).contains("every TCP port");
    }

    @Test
    void sourcesThatAddUpToTheInternetCountAsTheInternet() {
        List<Finding> f = check(InternetExposure.SSH).evaluate(groups(
                group("sg-halves", tcp(22, 22, List.of("0.0.0.0/1", "128.0.0.0/1"))),
                group("sg-split", tcp(22, 22, "0.0.0.0/1"), tcp(20, 25, "128.0.0.0/1")),
                group("sg-most", tcp(22, 22, List.of("0.0.0.0/1", "128.0.0.0/2")))), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.FAIL, Status.FAIL, Status.PASS);
        assertThat(f.get(1).observed().get("openRules")).contains("0.0.0.0/1").contains("128.0.0.0/1");
    }

    @Test
    void tcpFromOneToTheLastPortIsEveryPort() {
        List<Finding> f = check(InternetExposure.ALL_PORTS).evaluate(groups(
                group("sg-1-65535", tcp(1, 65535, "::/0")), group("sg-2-65535", tcp(2, 65535, "0.0.0.0/0"))), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.FAIL, Status.PASS);
    }

    @Test
    void prefixListsCountByTheirEntriesAndAnUnreadOneCannotBeAssessed() {
        var lists = Map.of("pl-anywhere", Fetched.ok(List.of("0.0.0.0/0"), "ec2:GetManagedPrefixListEntries"),
                "pl-office", Fetched.ok(List.of("198.51.100.0/24"), "ec2:GetManagedPrefixListEntries"),
                "pl-hidden", Ec2State.<List<String>>denied("ec2:GetManagedPrefixListEntries"));

        List<Finding> f = check(InternetExposure.SSH).evaluate(groups(lists,
                group("sg-anywhere", tcpFromPrefixList(22, 22, "pl-anywhere")),
                group("sg-office", tcpFromPrefixList(22, 22, "pl-office")),
                group("sg-hidden", tcpFromPrefixList(22, 22, "pl-hidden")),
                group("sg-hidden-other-port", tcpFromPrefixList(443, 443, "pl-hidden"))), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.FAIL, Status.PASS, Status.COULD_NOT_ASSESS,
                Status.PASS);
        assertThat(f.get(2).reason()).contains("pl-hidden").contains("ec2:GetManagedPrefixListEntries");
    }

    @Test
    void aRegionWithoutSecurityGroupsIsNotApplicable() {
        assertThat(check(InternetExposure.SSH).evaluate(groups(), REGION)).singleElement()
                .extracting(Finding::status).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void refusedListCouldNotBeAssessed() {
        for (InternetExposure exposure : InternetExposure.ALL) {
            assertThat(check(exposure).evaluate(refused(), REGION)).singleElement().satisfies(f -> {
                assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
                assertThat(f.reason()).contains("ec2:DescribeSecurityGroups");
                assertThat(f.region()).isEqualTo("eu-west-1");
            });
        }
    }
}
