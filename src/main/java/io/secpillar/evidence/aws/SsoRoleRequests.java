package io.secpillar.evidence.aws;

import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.sso.model.GetRoleCredentialsRequest;

import java.util.function.Supplier;

import static io.secpillar.evidence.aws.ProfileKinds.SSO_ACCOUNT_ID;
import static io.secpillar.evidence.aws.ProfileKinds.SSO_REGION;
import static io.secpillar.evidence.aws.ProfileKinds.SSO_ROLE_NAME;
import static io.secpillar.evidence.aws.ProfileKinds.SSO_SESSION;
import static io.secpillar.evidence.aws.ProfileKinds.SSO_START_URL;

/**
 * The IAM Identity Center side of a profile: which portal region to ask, and the GetRoleCredentials request with
 * the token the CLI cached. Works for {@code sso_session} profiles and for legacy ones with {@code sso_start_url}.
 */
final class SsoRoleRequests implements Supplier<GetRoleCredentialsRequest> {

    private final Profile profile;
    private final String cacheKey;
    private final String region;
    private final SsoTokenCache cache;

    SsoRoleRequests(ProfileFile file, Profile profile, SsoTokenCache cache) {
        this.profile = profile;
        this.cache = cache;
        String name = profile.name();
        String account = require(profile, SSO_ACCOUNT_ID);
        String role = require(profile, SSO_ROLE_NAME);
        if (account.isEmpty() || role.isEmpty()) {
            throw new AwsProfileException(name, "Profile " + name + " uses IAM Identity Center but lacks "
                    + "sso_account_id or sso_role_name. Run `aws configure sso --profile " + name + "`.");
        }
        if (ProfileKinds.has(profile, SSO_SESSION)) {
            String session = profile.property(SSO_SESSION).orElseThrow().trim();
            Profile section = file.getSection("sso-session", session).orElseThrow(() -> new AwsProfileException(name,
                    "Profile " + name + " names sso_session " + session + ", but the config file has no "
                            + "[sso-session " + session + "] section."));
            this.cacheKey = session;
            this.region = require(section, SSO_REGION);
        } else {
            this.cacheKey = require(profile, SSO_START_URL);
            this.region = require(profile, SSO_REGION);
        }
        if (cacheKey.isEmpty() || region.isEmpty()) {
            throw new AwsProfileException(name, "Profile " + name + " lacks its IAM Identity Center start URL or "
                    + "region. Run `aws configure sso --profile " + name + "`.");
        }
    }

    /** The region of the IAM Identity Center portal. */
    String region() {
        return region;
    }

    @Override
    public GetRoleCredentialsRequest get() {
        String token = cache.validToken(cacheKey).orElseThrow(() -> new AwsProfileException(profile.name(),
                "The IAM Identity Center (SSO) session of profile " + profile.name() + " has expired or was never "
                        + "started. Run `aws sso login --profile " + profile.name() + "`, then try again."));
        return GetRoleCredentialsRequest.builder()
                .accountId(require(profile, SSO_ACCOUNT_ID))
                .roleName(require(profile, SSO_ROLE_NAME))
                .accessToken(token)
                .build();
    }

    private static String require(Profile p, String property) {
        return p.property(property).map(String::trim).orElse("");
    }
}
