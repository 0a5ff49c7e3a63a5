package io.secpillar.evidence.checks.securityhub;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.securityhub.SecurityHubInventory;
import io.secpillar.evidence.inventory.securityhub.SecurityHubInventory.StandardSubscription;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Security Hub is enabled in the region with at least one security standard running. */
public final class SecurityhubEnabled extends InventoryCheck<SecurityHubInventory> {

    private static final Set<String> RUNNING = Set.of("READY", "PENDING", "INCOMPLETE");

    public SecurityhubEnabled() {
        super(regional("securityhub_enabled", "Security Hub is enabled with a standard", "securityhub", Severity.MEDIUM,
                SecurityHubInventory.OPERATIONS, "Enable Security Hub in every region from a delegated administrator, "
                + "turn on AWS Foundational Security Best Practices, and aggregate findings into one home region."));
    }

    @Override
    public List<Finding> evaluate(SecurityHubInventory inventory, Target target) {
        return fromRead(inventory.hub(), target, hub -> {
            if (hub.isEmpty() || inventory.standards().isEmpty()) {
                return accountFinding(target, fail("Security Hub is not enabled in "
                        + target.region() + ".", Map.of("subscribed", "false"),
                        "DescribeHub: InvalidAccessException (not subscribed)"));
            }
            var standards = inventory.standards().get();
            if (!standards.isOk()) {
                return List.of(standards.couldNotAssess(id(), target, hub.get().arn()));
            }
            List<String> running = standards.value().stream().filter(s -> RUNNING.contains(s.status()))
                    .map(StandardSubscription::standardsArn).toList();
            return List.of(finding(target, hub.get().arn(), passIf(!running.isEmpty(), running.isEmpty()
                    ? "Security Hub is enabled but runs no standard." : "Security Hub is enabled with "
                    + running.size() + " standard(s).", Map.of("subscribed", "true", "standards",
                    String.join(",", running)), "DescribeHub: " + hub.get().proof() + "; GetEnabledStandards: "
                    + standards.value().stream().map(StandardSubscription::proof).toList())));
        });
    }
}
