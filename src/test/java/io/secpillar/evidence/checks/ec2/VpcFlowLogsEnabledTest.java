package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.FlowLog;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Vpc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class VpcFlowLogsEnabledTest {

    private final VpcFlowLogsEnabled check = new VpcFlowLogsEnabled();

    @Test
    void aVpcNeedsAnActiveFlowLogOfItsOwn() {
        Ec2State s = new Ec2State();
        s.vpcs = Fetched.ok(List.of(new Vpc("vpc-1", true, "vpc vpc-1"), new Vpc("vpc-2", false, "vpc vpc-2"),
                new Vpc("vpc-3", false, "vpc vpc-3")), "ec2:DescribeVpcs");
        s.flowLogs = Fetched.ok(List.of(
                new FlowLog("fl-1", "vpc-1", "ACTIVE", "ALL", "arn:aws:s3:::flow-logs", "flow log fl-1"),
                new FlowLog("fl-2", "subnet-9", "ACTIVE", null, null, "flow log fl-2"),
                new FlowLog("fl-3", "vpc-3", "INACTIVE", null, null, "flow log fl-3")), "ec2:DescribeFlowLogs");

        List<Finding> f = check.evaluate(s.inventory(), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.FAIL);
        assertThat(f.get(0).observed()).containsEntry("flowLogs", "fl-1").containsEntry("trafficType", "ALL");
        assertThat(f.get(1).resourceId()).isEqualTo("arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-2");
        assertThat(f.get(0).proof()).isEqualTo("flow log fl-1");
        assertThat(f.get(1).proof()).isEqualTo("vpc vpc-2");
    }

    @Test
    void refusedVpcListNamesItsOwnPermission() {
        Ec2State s = new Ec2State();
        s.flowLogs = Fetched.ok(List.of(), "ec2:DescribeFlowLogs");
        assertThat(check.evaluate(s.inventory(), REGION)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("ec2:DescribeVpcs"));
    }

    @Test
    void refusedReadCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("ec2:DescribeFlowLogs");
        });
    }
}
