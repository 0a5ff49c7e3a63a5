package io.secpillar.evidence.aws;

import java.util.List;
import java.util.Optional;

/**
 * The consultant's AWS profiles as the AWS CLI knows them, and read-only clients for one of them.
 * Implementations never store, log or show a secret.
 */
public interface AwsAccess {

    /** The profiles of the shared config and credentials files, without secrets. */
    List<ProfileInfo> profiles();

    /**
     * The profile the AWS CLI would use without {@code --profile}: the one selected by {@code AWS_PROFILE}, else
     * "default" when it exists. Pickers preselect it.
     */
    default Optional<String> defaultProfile() {
        return Optional.empty();
    }

    /** STS GetCallerIdentity plus the regions enabled for the account; failures become a message. */
    ConnectionCheck testConnection(String profile);

    /**
     * Read-only SDK clients for the profile, one per client type and region, sharing the profile's credentials.
     * A profile that cannot work (unknown, broken source_profile chain…) fails here with an
     * {@link AwsProfileException}; credential problems that need AWS (expired SSO session, refused AssumeRole,
     * no MFA code) surface as an {@link AwsProfileException} from the first call.
     */
    AwsClients clients(String profile);
}
