package io.secpillar.evidence.scan;

import java.util.List;
import java.util.Optional;

/**
 * The consultant's AWS profiles as the AWS CLI knows them, and whether one of them connects. The inventories of
 * a scan are read through an {@link InventorySource} of the same adapter. Implementations never store, log or
 * show a secret.
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
}
