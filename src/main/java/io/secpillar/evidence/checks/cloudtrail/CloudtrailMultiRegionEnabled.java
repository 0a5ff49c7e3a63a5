package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.checks.cloudtrail.CloudTrailInventory.TrailState;

import java.util.List;
import java.util.Map;

/** A multi-region trail that is logging records this region's API activity. */
public final class CloudtrailMultiRegionEnabled implements Check<CloudTrailInventory> {

    static final CheckMetadata METADATA = new CheckMetadata("cloudtrail_multi_region_enabled",
            "A logging multi-region trail covers the region", "cloudtrail", Scope.REGIONAL, Severity.HIGH,
            CloudTrailInventory.OPERATIONS,
            "Create one multi-region trail (an organization trail from the management account covers every "
                    + "account), deliver it to a central, locked-down bucket, and keep it logging.");

    @Override
    public CheckMetadata metadata() {
        return METADATA;
    }

    @Override
    public Class<CloudTrailInventory> inventoryType() {
        return CloudTrailInventory.class;
    }

    @Override
    public List<Finding> evaluate(CloudTrailInventory inventory, Target target) {
        if (!inventory.trails().isOk()) {
            return List.of(inventory.trails().couldNotAssess(METADATA.id(), target, target.accountId()));
        }
        List<TrailState> multi = inventory.trails().value().stream().filter(TrailState::multiRegion).toList();
        List<TrailState> covering = multi.stream().filter(TrailState::logging).toList();
        if (!covering.isEmpty()) {
            TrailState first = covering.get(0);
            return List.of(new Finding(METADATA.id(), Status.PASS, target.accountId(), target.region(),
                    first.trail().trailARN(), "Multi-region trail " + first.trail().name() + " (home "
                    + first.trail().homeRegion() + ") is logging.", Map.of("loggingMultiRegionTrails",
                    String.valueOf(covering.size())), first.trail() + " " + first.status().value()));
        }
        var unreadable = multi.stream().filter(t -> !t.status().isOk()).findFirst();
        if (unreadable.isPresent()) {
            return List.of(unreadable.get().status().couldNotAssess(METADATA.id(), target,
                    unreadable.get().trail().trailARN()));
        }
        return List.of(new Finding(METADATA.id(), Status.FAIL, target.accountId(), target.region(), target.accountId(),
                multi.isEmpty() ? "No multi-region trail covers " + target.region() + "."
                        : "The multi-region trail(s) " + multi.stream().map(t -> t.trail().name()).toList()
                        + " are not logging.", Map.of("trails", String.valueOf(inventory.trails().value().size()),
                "multiRegionTrails", String.valueOf(multi.size())),
                "DescribeTrails: " + inventory.trails().value().stream().map(TrailState::trail).toList()));
    }
}
