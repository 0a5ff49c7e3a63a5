package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.Verdict;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.TrailState;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the trail-setting checks share: could-not-assess without the trail list, else one finding per homed trail. */
final class PerTrail {

    private PerTrail() {
    }

    static List<Finding> judge(String checkId, CloudTrailInventory inventory, Target target,
                               Function<TrailState, Finding> judge) {
        if (!inventory.trails().isOk()) {
            return List.of(inventory.trails().couldNotAssess(checkId, target, target.accountId()));
        }
        return inventory.homedHere().stream().map(judge).toList();
    }

    /** The finding about one trail's setting, with the trail's description as proof. */
    static Finding setting(String checkId, Target target, TrailState state, boolean pass, String reason,
                           Map<String, String> observed) {
        return Verdict.passIf(pass, reason, observed, "DescribeTrails: " + state.trail().proof())
                .about(checkId, target, state.trail().arn());
    }
}
