package io.secpillar.evidence.aws;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Wraps the credentials source of one profile so that whatever goes wrong while getting credentials (a refused
 * AssumeRole, an expired source key, a failing credential_process) reaches the caller as an
 * {@link AwsProfileException} that names the profile, instead of an SDK error that would look like it came from
 * the service being read.
 */
final class ExplainingCredentialsProvider implements AwsCredentialsProvider, SdkAutoCloseable {

    private final String profile;
    private final String what;
    private final AwsCredentialsProvider delegate;

    /** @param what how the profile gets credentials, e.g. "could not assume arn:aws:iam::1:role/Audit" */
    ExplainingCredentialsProvider(String profile, String what, AwsCredentialsProvider delegate) {
        this.profile = profile;
        this.what = what;
        this.delegate = delegate;
    }

    @Override
    public AwsCredentials resolveCredentials() {
        try {
            return delegate.resolveCredentials();
        } catch (AwsProfileException | WriteRefusedException | AbortedException e) {
            throw e; // already worded, or a cancel that must stay one
        } catch (AwsServiceException e) {
            throw new AwsProfileException(profile, AwsProblems.credentialsRefused(profile, what, e), e);
        } catch (SdkException | IllegalStateException | IllegalArgumentException e) {
            // No cause attached: a failing credential_process may have put its output (keys) in the message.
            throw new AwsProfileException(profile, AwsProblems.credentialsUnavailable(profile, what, e));
        }
    }

    @Override
    public void close() {
        if (delegate instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing a credentials cache cannot fail in a way the user could act on
            }
        }
    }

    @Override
    public String toString() {
        return "credentials of profile " + profile; // never the keys
    }
}
