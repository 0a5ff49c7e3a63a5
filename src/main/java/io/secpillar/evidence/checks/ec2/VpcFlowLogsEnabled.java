package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.FlowLog;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Vpc;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every VPC has an active flow log, so network traffic can be investigated after the fact. */
public final class VpcFlowLogsEnabled extends InventoryCheck<Ec2Inventory> {

    public VpcFlowLogsEnabled() {
        super(regional("vpc_flow_logs_enabled", "VPCs record flow logs", "vpc", Severity.MEDIUM,
                List.of(Ec2Inventory.DESCRIBE_VPCS, Ec2Inventory.DESCRIBE_FLOW_LOGS), "Create a flow log for the VPC "
                + "(traffic type ALL) delivered to CloudWatch Logs or a central S3 bucket, and keep it for as long as "
                + "your incident investigations need."));
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        return fromRead(inventory.flowLogs(), target, flowLogs -> {
            Map<String, List<FlowLog>> active = flowLogs.stream().filter(f -> "ACTIVE".equals(f.status()))
                    .collect(Collectors.groupingBy(FlowLog::resourceId));
            return perResource(inventory.vpcs(), target, "VPCs", v -> finding(target, inventory.arn(target,
                    "vpc/" + v.id()), verdict(v, active.getOrDefault(v.id(), List.of()))));
        });
    }

    private static Verdict verdict(Vpc vpc, List<FlowLog> logs) {
        if (logs.isEmpty()) {
            return fail("VPC " + vpc.id() + " has no active flow log.",
                    Map.of("flowLogs", "0", "isDefault", String.valueOf(vpc.isDefault())), vpc.proof());
        }
        return pass("VPC " + vpc.id() + " records flow logs.", Map.of("flowLogs", logs.stream()
                .map(FlowLog::id).collect(Collectors.joining(",")), "trafficType", logs.get(0).trafficType(),
                "destination", String.valueOf(logs.get(0).destination())), logs.get(0).proof());
    }
}
