package io.secpillar.evidence.aws;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.Set;

import static io.secpillar.evidence.aws.CallFailures.cause;
import static io.secpillar.evidence.aws.CallFailures.has;

/**
 * Turns what went wrong talking to AWS into a sentence a consultant can act on. Built from profile names,
 * operation names and AWS error codes and messages, never from request contents or credentials.
 */
public final class AwsProblems {

    /** Error codes that mean the credentials themselves are stale or wrong, whatever the service. */
    static final Set<String> BAD_CREDENTIALS = Set.of("ExpiredToken", "ExpiredTokenException",
            "InvalidClientTokenId", "SignatureDoesNotMatch", "UnrecognizedClientException", "InvalidAccessKeyId",
            "AuthFailure", "TokenRefreshRequired", "InvalidToken", "RequestExpired");
    private static final Set<String> ACCESS_DENIED = Set.of("AccessDenied", "AccessDeniedException",
            "UnauthorizedOperation", "AuthorizationError", "UnauthorizedAccess", "Forbidden");

    private AwsProblems() {
    }

    /** Whether the AWS error says the credentials expired or are invalid. */
    public static boolean isCredentialsProblem(AwsServiceException e) {
        return BAD_CREDENTIALS.contains(code(e));
    }

    /**
     * The sentence for a failed call made with {@code profile}.
     *
     * @param action the IAM action that failed, e.g. {@code sts:GetCallerIdentity}
     */
    public static String explain(String profile, String action, Throwable failure) {
        if (failure instanceof AwsProfileException || failure instanceof WriteRefusedException) {
            return failure.getMessage();
        }
        if (failure instanceof AwsServiceException e) {
            return service(profile, action, e);
        }
        if (has(failure, ApiCallTimeoutException.class) || has(failure, ApiCallAttemptTimeoutException.class)
                || has(failure, SocketTimeoutException.class)) {
            return "AWS did not answer " + action + " in time for profile " + profile + " ("
                    + CallFailures.describe(failure) + "). Check the network connection or proxy and try again.";
        }
        Optional<String> host = cause(failure, UnknownHostException.class).map(Throwable::getMessage);
        if (host.isPresent() || has(failure, ConnectException.class) || has(failure, NoRouteToHostException.class)) {
            return "Could not reach AWS" + host.map(h -> " (" + h + ")").orElse("") + " for profile " + profile
                    + ". Check the network connection, proxy or endpoint settings and try again.";
        }
        return "Could not call " + action + " with profile " + profile + ": " + CallFailures.describe(failure) + ".";
    }

    static String service(String profile, String action, AwsServiceException e) {
        String code = code(e);
        if (BAD_CREDENTIALS.contains(code)) {
            return "The credentials of profile " + profile + " have expired or are not valid (" + code + "). "
                    + "Refresh them (for example `aws sso login --profile " + profile + "` or new access keys) "
                    + "and try again.";
        }
        if (ACCESS_DENIED.contains(code) || e.statusCode() == 403) {
            return "Profile " + profile + " is not allowed to call " + action + " (" + code + "). Give it the "
                    + "SecPillar read-only policy (see `secpillar policy`).";
        }
        if (e.isThrottlingException()) {
            return "AWS kept throttling " + action + " for profile " + profile + " after several retries. "
                    + "Wait a minute and try again.";
        }
        return "AWS refused " + action + " for profile " + profile + ": " + detail(e);
    }

    /** AssumeRole, SSO or STS refused to hand out credentials. */
    static String credentialsRefused(String profile, String what, AwsServiceException e) {
        String code = code(e);
        if (BAD_CREDENTIALS.contains(code)) {
            return "Profile " + profile + " " + what + ": the credentials it starts from have expired or are not "
                    + "valid (" + code + "). Refresh them and try again.";
        }
        return "Profile " + profile + " " + what + ": " + detail(e);
    }

    /** Getting credentials failed before AWS could answer (command failed, network, bad file). */
    static String credentialsUnavailable(String profile, String what, Throwable e) {
        if (has(e, ApiCallTimeoutException.class) || has(e, SocketTimeoutException.class)) {
            return "Profile " + profile + " " + what + ": AWS did not answer in time.";
        }
        if (has(e, UnknownHostException.class) || has(e, ConnectException.class)) {
            return "Profile " + profile + " " + what + ": AWS could not be reached. Check the network connection.";
        }
        return "Profile " + profile + " " + what + ".";
    }

    private static String detail(AwsServiceException e) {
        return CallFailures.describe(e);
    }

    static String code(AwsServiceException e) {
        return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null ? "HTTP " + e.statusCode()
                : e.awsErrorDetails().errorCode();
    }
}
