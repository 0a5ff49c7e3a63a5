package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.checks.cloudtrail.CloudTrailInventory.TrailState;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the trail-setting checks share: could-not-assess without the trail list, else one finding per homed trail. */
final class PerTrail {

    private PerTrail() {
    }

    static List<Finding> judge(CheckMetadata metadata, CloudTrailInventory inventory, Target target,
                               Function<TrailState, Finding> judge) {
        if (!inventory.trails().isOk()) {
            return List.of(inventory.trails().couldNotAssess(metadata.id(), target, target.accountId()));
        }
        return inventory.homedHere().stream().map(judge).toList();
    }

    static Finding finding(CheckMetadata metadata, Target target, TrailState state, boolean pass, String reason,
                           Map<String, String> observed) {
        return new Finding(metadata.id(), pass ? Status.PASS : Status.FAIL, target.accountId(), target.region(),
                state.trail().trailARN(), reason, observed, "DescribeTrails: " + state.trail());
    }
}
