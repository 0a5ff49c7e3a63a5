package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.TrailState;

import java.util.List;
import java.util.Map;

/** A multi-region trail that is logging records this region's API activity. */
public final class CloudtrailMultiRegionEnabled extends InventoryCheck<CloudTrailInventory> {

    public CloudtrailMultiRegionEnabled() {
        super(regional("cloudtrail_multi_region_enabled", "A logging multi-region trail covers the region",
                "cloudtrail", Severity.HIGH, CloudTrailInventory.OPERATIONS, "Create one multi-region trail (an "
                + "organization trail from the management account covers every account), deliver it to a central, "
                + "locked-down bucket, and keep it logging."));
    }

    @Override
    public List<Finding> evaluate(CloudTrailInventory inventory, Target target) {
        return fromRead(inventory.trails(), target, trails -> {
            List<TrailState> multi = trails.stream().filter(TrailState::multiRegion).toList();
            var covering = multi.stream().filter(TrailState::logging).findFirst();
            if (covering.isPresent()) {
                var first = covering.get();
                return List.of(finding(target, first.trail().arn(), pass("Multi-region trail "
                        + first.trail().name() + " (home " + first.trail().homeRegion() + ") is logging.",
                        Map.of("loggingMultiRegionTrails", String.valueOf(multi.stream().filter(TrailState::logging)
                                .count())), first.trail().proof() + " " + first.status().value().proof())));
            }
            var unreadable = multi.stream().filter(t -> !t.status().isOk()).findFirst();
            if (unreadable.isPresent()) {
                return List.of(unreadable.get().status().couldNotAssess(id(), target, unreadable.get().trail().arn()));
            }
            return accountFinding(target, fail(multi.isEmpty() ? "No multi-region trail covers "
                    + target.region() + "." : "The multi-region trail(s) " + multi.stream().map(t -> t.trail().name())
                    .toList() + " are not logging.", Map.of("trails", String.valueOf(trails.size()),
                    "multiRegionTrails", String.valueOf(multi.size())), "DescribeTrails: "
                    + trails.stream().map(t -> t.trail().proof()).toList()));
        });
    }
}
