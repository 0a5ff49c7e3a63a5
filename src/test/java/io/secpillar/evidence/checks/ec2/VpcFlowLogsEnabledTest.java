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

class VpcFlowLogsEnabledTest {

    private final VpcFlowLogsEnabled check = new VpcFlowLogsEnabled();

    @Test
    void aVpcNeedsAnActiveFlowLogOfItsOwn() {
        Ec2State s = new Ec2State();
        s.vpcs = Fetched.ok(List.of(Vpc.builder().vpcId("vpc-1").isDefault(true).build(),
                Vpc.builder().vpcId("vpc-2").isDefault(false).build(),
                Vpc.builder().vpcId("vpc-3").isDefault(false).build()), "ec2:DescribeVpcs");
        s.flowLogs = Fetched.ok(List.of(
                FlowLog.builder().flowLogId("fl-1").resourceId("vpc-1").flowLogStatus("ACTIVE").trafficType("ALL")
                        .logDestination("arn:aws:s3:::flow-logs").build(),
                FlowLog.builder().flowLogId("fl-2").resourceId("subnet-9").flowLogStatus("ACTIVE").build(),
                FlowLog.builder().flowLogId("fl-3").resourceId("vpc-3").flowLogStatus("INACTIVE").build()),
                "ec2:DescribeFlowLogs");

        List<Finding> f = check.evaluate(s.inventory(), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL, Status.FAIL);
        assertThat(f.get(0).observed()).containsEntry("flowLogs", "fl-1").containsEntry("trafficType", "ALL");
        assertThat(f.get(1).resourceId()).isEqualTo("arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-2");
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
