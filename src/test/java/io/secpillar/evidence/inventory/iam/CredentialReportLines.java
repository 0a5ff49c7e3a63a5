package io.secpillar.evidence.inventory.iam;

/** Lines of an IAM credential report in AWS's CSV layout, for the collector's and the checks' tests. */
public final class CredentialReportLines {

    public static final String HEADER = "user,arn,user_creation_time,password_enabled,password_last_used,"
            + "password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
            + "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
            + "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
            + "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,"
            + "cert_2_active,cert_2_last_rotated";

    private CredentialReportLines() {
    }

    /** One credential-report line for a user with the given password/MFA flags and two key slots. */
    public static String user(String name, boolean password, boolean mfa, String key1, String key2) {
        return name + ",arn:aws:iam::111122223333:user/" + name + ",2024-01-01T00:00:00+00:00," + password
                + ",N/A,N/A,N/A," + mfa + "," + key1 + "," + key2 + ",false,N/A,false,N/A";
    }

    /** A key slot: active flag, last rotated, last used date, region, service. */
    public static String key(boolean active, String rotated, String used) {
        return active + "," + rotated + "," + used + "," + (used.equals("N/A") ? "N/A" : "eu-west-1") + ","
                + (used.equals("N/A") ? "N/A" : "s3");
    }

    public static String noKey() {
        return key(false, "N/A", "N/A");
    }
}
