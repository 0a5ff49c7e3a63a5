package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory;

import java.util.List;
import java.util.Map;

/** Each trail writes digest files, so a deleted or altered log file can be detected. */
public final class CloudtrailLogFileValidationEnabled extends InventoryCheck<CloudTrailInventory> {

    public CloudtrailLogFileValidationEnabled() {
        super(regional("cloudtrail_log_file_validation_enabled", "Trails have log file validation enabled",
                "cloudtrail", Severity.MEDIUM, List.of(CloudTrailInventory.DESCRIBE_TRAILS), "Turn on log file "
                + "validation in the trail's settings; CloudTrail then writes signed hourly digests that let an "
                + "investigator prove the logs were not altered."));
    }

    @Override
    public List<Finding> evaluate(CloudTrailInventory inventory, Target target) {
        return PerTrail.judge(id(), inventory, target, state -> {
            boolean on = state.trail().logFileValidation();
            return PerTrail.setting(id(), target, state, on, "Trail " + state.trail().name() + (on
                    ? " validates its log files." : " does not validate its log files."),
                    Map.of("LogFileValidationEnabled", String.valueOf(on)));
        });
    }
}
