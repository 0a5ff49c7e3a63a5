package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.ec2.Ec2Inventory;
import io.secpillar.evidence.checks.ec2.ResourceFindings.Verdict;
import software.amazon.awssdk.services.ec2.model.FlowLog;
import software.amazon.awssdk.services.ec2.model.Vpc;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every VPC has an active flow log, so network traffic can be investigated after the fact. */
public final class VpcFlowLogsEnabled implements Check<Ec2Inventory> {

    static final CheckMetadata METADATA = new CheckMetadata("vpc_flow_logs_enabled",
            "VPCs record flow logs", "vpc", Scope.REGIONAL, Severity.MEDIUM,
            List.of(Ec2Inventory.DESCRIBE_VPCS, Ec2Inventory.DESCRIBE_FLOW_LOGS),
            "Create a flow log for the VPC (traffic type ALL) delivered to CloudWatch Logs or a central S3 "
                    + "bucket, and keep it for as long as your incident investigations need.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<Ec2Inventory> inventoryType() {
        return Ec2Inventory.class;
    }

    @Override
    public List<Finding> evaluate(Ec2Inventory inventory, Target target) {
        if (!inventory.flowLogs().isOk()) {
            return List.of(inventory.flowLogs().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        Map<String, List<FlowLog>> active = inventory.flowLogs().value().stream()
                .filter(f -> "ACTIVE".equals(f.flowLogStatus())).collect(Collectors.groupingBy(FlowLog::resourceId));
        return ResourceFindings.perResource(METADATA.id(), inventory.vpcs(), target, "VPCs",
                v -> ResourceFindings.arn(target, "vpc/" + v.vpcId()), v -> judge(v, active.getOrDefault(v.vpcId(), List.of())));
    }

    private Verdict judge(Vpc vpc, List<FlowLog> logs) {
        if (logs.isEmpty()) {
            return new Verdict(Status.FAIL, "VPC " + vpc.vpcId() + " has no active flow log.",
                    Map.of("flowLogs", "0", "isDefault", String.valueOf(vpc.isDefault())), vpc.toString());
        }
        return new Verdict(Status.PASS, "VPC " + vpc.vpcId() + " records flow logs.",
                Map.of("flowLogs", logs.stream().map(FlowLog::flowLogId).collect(Collectors.joining(",")),
                        "trafficType", logs.get(0).trafficTypeAsString(),
                        "destination", String.valueOf(logs.get(0).logDestination())), logs.get(0).toString());
    }
}
