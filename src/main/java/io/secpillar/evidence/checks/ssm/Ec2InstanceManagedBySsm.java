package io.secpillar.evidence.checks.ssm;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ssm.SsmInventory;
import io.secpillar.evidence.inventory.ssm.SsmInventory.ManagedNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Each running EC2 instance is a managed node that SSM reaches (patching, Session Manager, inventory). */
public final class Ec2InstanceManagedBySsm extends InventoryCheck<SsmInventory> {

    public Ec2InstanceManagedBySsm() {
        super(regional("ec2_instance_managed_by_ssm", "Running EC2 instances are managed by Systems Manager", "ssm",
                Severity.MEDIUM, List.of(SsmInventory.DESCRIBE_INSTANCES, SsmInventory.DESCRIBE_INSTANCE_INFORMATION),
                "Turn on Default Host Management Configuration (or give the instance a profile with "
                + "AmazonSSMManagedInstanceCore), make sure the SSM Agent runs and can reach the SSM endpoints."));
    }

    @Override
    public List<Finding> evaluate(SsmInventory inventory, Target target) {
        return fromRead(inventory.managedNodes(), target, nodes -> perResource(inventory.runningInstances(), target,
                "running EC2 instances", instance -> {
                    Optional<ManagedNode> node = nodes.stream()
                            .filter(n -> instance.instanceId().equals(n.instanceId())).findFirst();
                    boolean online = node.filter(n -> "Online".equals(n.pingStatus())).isPresent();
                    String ping = node.map(ManagedNode::pingStatus).orElse("not managed");
                    return finding(target, instance.arn(), passIf(online, "Instance " + instance.instanceId()
                            + (online ? " is managed by SSM and online." : node.isPresent() ? " is registered with "
                            + "SSM but its agent is " + ping + "." : " is not managed by SSM."),
                            Map.of("PingStatus", ping), instance.proof() + node.map(n -> " " + n.proof()).orElse("")));
                }));
    }
}
