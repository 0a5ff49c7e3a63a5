package io.secpillar.evidence.checks.securityhub;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import software.amazon.awssdk.services.securityhub.model.StandardsSubscription;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Security Hub is enabled in the region with at least one security standard running. */
public final class SecurityhubEnabled implements Check<SecurityHubInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("securityhub_enabled",
            "Security Hub is enabled with a standard", "securityhub", Scope.REGIONAL, Severity.MEDIUM,
            SecurityHubInventory.OPERATIONS,
            "Enable Security Hub in every region from a delegated administrator, turn on AWS Foundational Security "
                    + "Best Practices, and aggregate findings into one home region.");

    private static final Set<String> RUNNING = Set.of("READY", "PENDING", "INCOMPLETE");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<SecurityHubInventory> inventoryType() {
        return SecurityHubInventory.class;
    }

    @Override
    public List<Finding> evaluate(SecurityHubInventory inventory, Target target) {
        if (!inventory.hub().isOk()) {
            return List.of(inventory.hub().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        if (inventory.hub().value().isEmpty() || inventory.standards().isEmpty()) {
            return List.of(new Finding(METADATA.id(), Status.FAIL, target.accountId(), target.region(),
                    target.accountId(), "Security Hub is not enabled in " + target.region() + ".",
                    Map.of("subscribed", "false"), "DescribeHub: InvalidAccessException (not subscribed)"));
        }
        var hub = inventory.hub().value().get();
        var standards = inventory.standards().get();
        if (!standards.isOk()) {
            return List.of(standards.couldNotAssess(METADATA.id(), target, hub.hubArn()));
        }
        List<String> running = standards.value().stream().filter(s -> RUNNING.contains(s.standardsStatusAsString()))
                .map(StandardsSubscription::standardsArn).toList();
        return List.of(new Finding(METADATA.id(), running.isEmpty() ? Status.FAIL : Status.PASS, target.accountId(),
                target.region(), hub.hubArn(), running.isEmpty() ? "Security Hub is enabled but runs no standard."
                : "Security Hub is enabled with " + running.size() + " standard(s).", Map.of("subscribed", "true",
                "standards", String.join(",", running)), "DescribeHub: " + hub + "; GetEnabledStandards: "
                + standards.value()));
    }
}
