package io.secpillar.evidence.checks.ssm;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.PerResource;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ssm.SsmInventory;

import java.util.List;
import java.util.Map;

/** Each managed node reports patch compliance, and is COMPLIANT; a node never scanned fails too. */
public final class SsmManagedCompliantPatching extends InventoryCheck<SsmInventory> {

    public SsmManagedCompliantPatching() {
        super(regional("ssm_managed_compliant_patching", "Managed nodes are patch compliant", "ssm", Severity.HIGH,
                List.of(SsmInventory.DESCRIBE_INSTANCE_INFORMATION, SsmInventory.LIST_RESOURCE_COMPLIANCE_SUMMARIES),
                "Set up a Patch Manager patch policy (Quick Setup) that scans and installs on a schedule, then look "
                + "at the nodes still missing patches in Patch Manager's compliance report."));
    }

    @Override
    public List<Finding> evaluate(SsmInventory inventory, Target target) {
        return fromRead(inventory.patchStates(), target, states -> PerResource.findings(id(), target,
                inventory.managedNodes(), "managed nodes", "SSM manages no node in the region.", node -> {
                    var state = states.stream().filter(s -> node.instanceId().equals(s.resourceId())).findFirst();
                    boolean compliant = state.filter(s -> "COMPLIANT".equals(s.status())).isPresent();
                    return finding(target, node.instanceId(), passIf(compliant, "Managed node " + node.instanceId()
                            + state.map(s -> compliant ? " is patch compliant." : " is missing patches (worst "
                            + "severity " + s.overallSeverity() + ").").orElse(" has no patch compliance data: no "
                            + "patch scan has run on it."), Map.of("Status", state.map(s -> s.status())
                            .orElse("none")), state.map(s -> s.proof()).orElse(node.proof())));
                }));
    }
}
