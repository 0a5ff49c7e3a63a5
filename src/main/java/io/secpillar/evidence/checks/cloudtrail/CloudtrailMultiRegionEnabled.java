package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.TrailState;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A multi-region trail that is logging records this region's management events, read and write, as its event
 * selectors say. Data events, and management events some selector narrows by event source, are not judged.
 */
public final class CloudtrailMultiRegionEnabled extends InventoryCheck<CloudTrailInventory> {

    public CloudtrailMultiRegionEnabled() {
        super(regional("cloudtrail_multi_region_enabled", "A logging multi-region trail records the region's "
                + "management events", "cloudtrail", Severity.HIGH, CloudTrailInventory.OPERATIONS, "Create one "
                + "multi-region trail (an organization trail from the management account covers every account) that "
                + "records all management events, read and write, deliver it to a central, locked-down bucket, and "
                + "keep it logging."));
    }

    @Override
    public List<Finding> evaluate(CloudTrailInventory inventory, Target target) {
        return fromRead(inventory.trails(), target, trails -> {
            List<TrailState> multi = trails.stream().filter(TrailState::multiRegion).toList();
            List<TrailState> logging = multi.stream().filter(TrailState::logging).toList();
            Optional<TrailState> covering = logging.stream().filter(t -> t.selectors().isOk()
                    && ManagementEventCoverage.of(t.selectors().value()).complete()).findFirst();
            if (covering.isPresent()) {
                TrailState first = covering.get();
                var coverage = ManagementEventCoverage.of(first.selectors().value());
                return List.of(finding(target, first.trail().arn(), pass("Multi-region trail " + first.trail().name()
                        + " (home " + first.trail().homeRegion() + ") is logging read and write management events"
                        + (coverage.narrowing().isEmpty() ? "." : "; it " + String.join("; ", coverage.narrowing())
                        + "."), Map.of("loggingMultiRegionTrails", String.valueOf(logging.size()), "managementEvents",
                        coverage.describe()), first.trail().proof() + " " + first.status().value().proof() + " "
                        + first.selectors().value().proof())));
            }
            Optional<TrailState> unreadable = multi.stream().filter(t -> !t.status().isOk()).findFirst()
                    .or(() -> logging.stream().filter(t -> !t.selectors().isOk()).findFirst());
            if (unreadable.isPresent()) {
                TrailState t = unreadable.get();
                return List.of((t.status().isOk() ? t.selectors() : t.status()).couldNotAssess(id(), target,
                        t.trail().arn()));
            }
            return accountFinding(target, fail(multi.isEmpty() ? "No multi-region trail covers " + target.region()
                    + "." : logging.isEmpty() ? "The multi-region trail(s) " + multi.stream().map(t -> t.trail().name())
                    .toList() + " are not logging." : "No logging multi-region trail records every management event: "
                    + ManagementEventCoverage.describe(logging) + ".", Map.of("trails", String.valueOf(trails.size()), "multiRegionTrails",
                    String.valueOf(multi.size())), "DescribeTrails: " + trails.stream().map(t -> t.trail().proof())
                    .toList()));
        });
    }
}
