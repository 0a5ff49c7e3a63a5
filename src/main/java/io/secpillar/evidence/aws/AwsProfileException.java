package io.secpillar.evidence.aws;

import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * A problem with an AWS profile or its credentials, already worded for the consultant (unknown profile, expired
 * SSO session, missing MFA code, refused AssumeRole…). It extends the SDK's client exception so that it leaves an
 * SDK call unchanged. Its message never carries a secret: callers build it from names, ARNs and error codes only.
 */
public final class AwsProfileException extends SdkClientException {

    private static final long serialVersionUID = 1L;

    private final String profile;

    public AwsProfileException(String profile, String message) {
        this(profile, message, null);
    }

    public AwsProfileException(String profile, String message, Throwable cause) {
        super(SdkClientException.builder().message(message).cause(cause));
        this.profile = profile;
    }

    /** The profile the problem is about (empty when it concerns the files as a whole). */
    public String profile() {
        return profile == null ? "" : profile;
    }
}
