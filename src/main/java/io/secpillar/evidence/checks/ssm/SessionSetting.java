package io.secpillar.evidence.checks.ssm;

import io.secpillar.evidence.inventory.ssm.SsmInventory.SessionPreferences;

import java.util.function.Predicate;

/** The Session Manager preferences a review asks about, each with what turns it on. */
public enum SessionSetting {
    ENCRYPTION("encryption_enabled", "Session Manager sessions are encrypted with a KMS key",
            "sessions encrypted with a KMS key", p -> !p.kmsKeyId().isBlank()),
    LOGGING("logging_enabled", "Session Manager sessions are logged", "session logs sent to S3 or CloudWatch Logs",
            p -> !p.s3BucketName().isBlank() || !p.cloudWatchLogGroupName().isBlank());

    private final String idSuffix;
    private final String title;
    private final String what;
    private final Predicate<SessionPreferences> on;

    SessionSetting(String idSuffix, String title, String what, Predicate<SessionPreferences> on) {
        this.idSuffix = idSuffix;
        this.title = title;
        this.what = what;
        this.on = on;
    }

    public String idSuffix() {
        return idSuffix;
    }

    public String title() {
        return title;
    }

    /** What the setting gives, in words, e.g. "session logs sent to S3 or CloudWatch Logs". */
    public String what() {
        return what;
    }

    public boolean isOn(SessionPreferences preferences) {
        return on.test(preferences);
    }
}
