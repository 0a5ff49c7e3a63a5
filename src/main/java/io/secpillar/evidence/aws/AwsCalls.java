package io.secpillar.evidence.aws;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * Runs one read against AWS and keeps the outcome as data: a refused, throttled or timed-out call becomes a
 * {@link Fetched} with its reason instead of an exception that would end the run.
 */
public final class AwsCalls {

    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
            "UnauthorizedOperation", "AuthorizationError", "UnauthorizedAccess", "AuthorizationErrorException",
            "Client.UnauthorizedOperation");
    private static final Set<String> THROTTLED = Set.of("Throttling", "ThrottlingException", "TooManyRequestsException",
            "RequestLimitExceeded", "SlowDown", "RequestThrottled", "RequestThrottledException",
            "ProvisionedThroughputExceededException");
    /** Stale or wrong credentials; InvalidClientTokenId and friends stay with NOT_OPTED_IN, their usual cause in a scan. */
    private static final Set<String> BAD_CREDENTIALS = Set.of("ExpiredToken", "ExpiredTokenException",
            "SignatureDoesNotMatch", "InvalidAccessKeyId", "TokenRefreshRequired");
    private static final Set<String> NOT_OPTED_IN = Set.of("OptInRequired", "InvalidClientTokenId",
            "UnrecognizedClientException", "AuthFailure");

    private AwsCalls() {
    }

    /**
     * Thrown through when the user cancels a run, so cancelling never turns into COULD_NOT_ASSESS findings. A
     * {@link CancellationException}, so that the scan (which knows nothing of AWS) tells it from a failure.
     */
    public static final class Cancelled extends CancellationException {
        public Cancelled(Throwable cause) {
            super("cancelled");
            initCause(cause);
        }
    }

    public static <T> Fetched<T> fetch(String operation, Supplier<T> call) {
        try {
            T value = call.get();
            if (value == null) {
                // a reply the SDK could read but that lacks what the call is for (a proxy's empty page, say)
                return Fetched.failed(CouldNotAssessReason.ERROR, operation, "the reply could not be read: it lacked"
                        + " the expected answer");
            }
            return Fetched.ok(value, operation);
        } catch (AwsServiceException e) {
            return Fetched.failed(classify(e), operation, CallFailures.describe(e));
        } catch (AbortedException e) {
            throw new Cancelled(e);
        } catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new Cancelled(e);
            }
            return Fetched.failed(CouldNotAssessReason.TIMEOUT, operation, CallFailures.describe(e));
        } catch (AwsProfileException e) {
            // the profile's credentials could not be obtained: the message already names the profile and the fix
            return Fetched.failed(CouldNotAssessReason.CREDENTIALS, operation, e.getMessage());
        } catch (SdkClientException e) {
            if (Thread.currentThread().isInterrupted() || hasCause(e, InterruptedException.class)) {
                throw new Cancelled(e);
            }
            return Fetched.failed(hasCause(e, SocketTimeoutException.class) ? CouldNotAssessReason.TIMEOUT
                    : CouldNotAssessReason.ERROR, operation, CallFailures.describe(e));
        } catch (SdkException e) {
            return Fetched.failed(CouldNotAssessReason.ERROR, operation, CallFailures.describe(e));
        } catch (UncheckedIOException e) {
            // a paginator reading its next page outside the SDK's retries: the connection broke mid-reply
            if (Thread.currentThread().isInterrupted()) {
                throw new Cancelled(e);
            }
            return Fetched.failed(CouldNotAssessReason.ERROR, operation, CallFailures.describe(e));
        }
    }

    /** Plain words for a failure met outside {@link #fetch} (a collector's own SDK call), for a could-not-assess reason. */
    public static String describe(Throwable failure) {
        return CallFailures.describe(failure);
    }

    static CouldNotAssessReason classify(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? "" : String.valueOf(e.awsErrorDetails().errorCode());
        if (e.isThrottlingException() || THROTTLED.contains(code)) {
            return CouldNotAssessReason.THROTTLED;
        }
        if (BAD_CREDENTIALS.contains(code)) {
            return CouldNotAssessReason.CREDENTIALS;
        }
        if (ACCESS_DENIED.contains(code) || e.statusCode() == 403 && !NOT_OPTED_IN.contains(code)) {
            return CouldNotAssessReason.ACCESS_DENIED;
        }
        if (NOT_OPTED_IN.contains(code)) {
            return CouldNotAssessReason.REGION_NOT_OPTED_IN;
        }
        // EC2 answers a region the account has not enabled with 401 AuthFailure; the JDK HTTP client drops a 401's
        // body, so the code never reaches us. The region check before a scan tells the two causes apart.
        if (e.statusCode() == 401 && (code.isBlank() || "null".equals(code))) {
            return CouldNotAssessReason.REGION_NOT_OPTED_IN;
        }
        return CouldNotAssessReason.ERROR;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
