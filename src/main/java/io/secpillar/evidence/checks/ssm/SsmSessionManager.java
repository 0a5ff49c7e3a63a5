package io.secpillar.evidence.checks.ssm;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.InventoryCheck;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.ssm.SsmInventory;

import java.util.List;
import java.util.Map;

/** One Session Manager preference of the region is on; preferences never saved leave every setting off. */
public final class SsmSessionManager extends InventoryCheck<SsmInventory> {

    private final SessionSetting setting;

    public SsmSessionManager(SessionSetting setting) {
        super(regional("ssm_session_manager_" + setting.idSuffix(), setting.title(), "ssm", Severity.MEDIUM,
                List.of(SsmInventory.GET_DOCUMENT), "In Session Manager's preferences for the region, choose a KMS "
                + "key for session data and send session logs to an encrypted S3 bucket or CloudWatch Logs group."));
        this.setting = setting;
    }

    @Override
    public List<Finding> evaluate(SsmInventory inventory, Target target) {
        String resource = "arn:aws:ssm:" + target.region() + ":" + target.accountId() + ":document/"
                + SsmInventory.SESSION_PREFERENCES_DOCUMENT;
        return List.of(fromRead(inventory.sessionPreferences(), target, resource, preferences -> preferences
                .map(p -> passIf(setting.isOn(p), "Session Manager preferences " + (setting.isOn(p) ? "have "
                        : "lack ") + setting.what() + ".", Map.of("setting", setting.name(), "on",
                        String.valueOf(setting.isOn(p))), p.proof()))
                .orElseGet(() -> fail("Session Manager preferences were never saved in " + target.region()
                        + ", so there are no " + setting.what() + ".", Map.of("preferences", "none"),
                        "GetDocument(" + SsmInventory.SESSION_PREFERENCES_DOCUMENT + "): InvalidDocument"))));
    }
}
