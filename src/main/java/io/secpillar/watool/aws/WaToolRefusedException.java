package io.secpillar.watool.aws;

import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Thrown by the WA Tool client's guard before a call outside its allow-list is signed or sent (and before
 * credentials are fetched for it): the client can do only what the user was shown.
 */
public final class WaToolRefusedException extends SdkClientException {

    private static final long serialVersionUID = 1L;

    private final String operation;

    WaToolRefusedException(String operation, String purpose) {
        super(SdkClientException.builder().message("SecPillar refused to send wellarchitected:" + operation
                + ": the " + purpose + " may send only the Well-Architected Tool operations it lists."));
        this.operation = operation;
    }

    public String operation() {
        return operation;
    }
}
