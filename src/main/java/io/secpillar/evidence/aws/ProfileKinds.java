package io.secpillar.evidence.aws;

import io.secpillar.evidence.scan.ProfileInfo.Kind;
import io.secpillar.evidence.scan.ProfileInfo;
import software.amazon.awssdk.profiles.Profile;

/**
 * How a profile gets its credentials, decided in the order the SDK uses: a role ARN first, then IAM Identity
 * Center, then an external command, then keys written in the file.
 */
final class ProfileKinds {

    static final String ROLE_ARN = "role_arn";
    static final String SOURCE_PROFILE = "source_profile";
    static final String CREDENTIAL_SOURCE = "credential_source";
    static final String EXTERNAL_ID = "external_id";
    static final String MFA_SERIAL = "mfa_serial";
    static final String WEB_IDENTITY_TOKEN_FILE = "web_identity_token_file";
    static final String SSO_SESSION = "sso_session";
    static final String SSO_START_URL = "sso_start_url";
    static final String SSO_ACCOUNT_ID = "sso_account_id";
    static final String SSO_ROLE_NAME = "sso_role_name";
    static final String SSO_REGION = "sso_region";
    static final String CREDENTIAL_PROCESS = "credential_process";
    static final String ACCESS_KEY_ID = "aws_access_key_id";
    static final String SECRET_ACCESS_KEY = "aws_secret_access_key";
    static final String SESSION_TOKEN = "aws_session_token";
    static final String REGION = "region";

    private ProfileKinds() {
    }

    static Kind of(Profile profile) {
        if (has(profile, ROLE_ARN)) {
            return has(profile, WEB_IDENTITY_TOKEN_FILE) ? Kind.OTHER : Kind.ASSUME_ROLE;
        }
        if (has(profile, SSO_SESSION) || has(profile, SSO_START_URL) || has(profile, SSO_ACCOUNT_ID)
                || has(profile, SSO_ROLE_NAME)) {
            return Kind.SSO;
        }
        if (has(profile, CREDENTIAL_PROCESS)) {
            return Kind.CREDENTIAL_PROCESS;
        }
        if (has(profile, ACCESS_KEY_ID)) {
            return Kind.STATIC_KEYS;
        }
        return Kind.OTHER;
    }

    static boolean has(Profile profile, String property) {
        return profile.property(property).filter(v -> !v.isBlank()).isPresent();
    }
}
