package io.secpillar.evidence;

/**
 * Where a check looks: an account reached through an AWS profile, in one region. Global checks get the
 * account's home region for their API calls and report region "global".
 */
public record Target(String profile, String accountId, String region) {

    public static final String GLOBAL_REGION = "global";

    /** The same account seen as a whole (for global checks' findings). */
    public Target global() {
        return new Target(profile, accountId, GLOBAL_REGION);
    }
}
