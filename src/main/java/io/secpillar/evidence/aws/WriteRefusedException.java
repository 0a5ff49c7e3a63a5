package io.secpillar.evidence.aws;

import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Thrown by the {@link ReadOnlyGuard} before a request that could change the client's account is even signed:
 * the workbench is read-only by construction.
 */
public final class WriteRefusedException extends SdkClientException {

    private static final long serialVersionUID = 1L;

    private final String service;
    private final String operation;

    public WriteRefusedException(String service, String operation) {
        super(SdkClientException.builder().message("SecPillar is read-only: it refused to send "
                + String.valueOf(service).toLowerCase(java.util.Locale.ROOT) + ":" + operation
                + " (only Describe, Get, List and a few other read operations may be sent)."));
        this.service = service;
        this.operation = operation;
    }

    /** The service, e.g. {@code iam}, {@code ec2}, {@code s3} (letter case depends on which guard refused). */
    public String service() {
        return service;
    }

    public String operation() {
        return operation;
    }
}
