package io.secpillar.watool.aws;

import io.secpillar.evidence.aws.AwsProblems;
import io.secpillar.evidence.aws.AwsProfileException;
import io.secpillar.watool.WaOperation;
import io.secpillar.watool.WaToolCallException;
import io.secpillar.watool.WaToolCallException.Kind;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * Words a failed WA Tool call for the user: which action, which profile, what AWS said. Built from names, error codes
 * and AWS's messages, never from request contents or credentials. Network, time-out and credential problems are
 * worded as the evidence engine words them.
 */
final class WaToolFailures {

    private WaToolFailures() {
    }

    static WaToolCallException explain(String profile, WaOperation op, RuntimeException failure) {
        String action = op.iamAction();
        if (failure instanceof WaToolRefusedException refused) {
            return new WaToolCallException(op, Kind.REFUSED_BY_GUARD, refused.getMessage(), failure);
        }
        if (failure instanceof AwsProfileException) {
            return new WaToolCallException(op, Kind.CREDENTIALS, failure.getMessage(), failure);
        }
        if (failure instanceof AwsServiceException e && !AwsProblems.isCredentialsProblem(e)) {
            String code = e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
                    ? "HTTP " + e.statusCode() : e.awsErrorDetails().errorCode();
            String said = e.awsErrorDetails() == null || e.awsErrorDetails().errorMessage() == null ? ""
                    : ": " + e.awsErrorDetails().errorMessage().strip();
            if (e.statusCode() == 403 || code.startsWith("AccessDenied")) {
                return new WaToolCallException(op, Kind.ACCESS_DENIED, "Profile " + profile + " is not allowed to call "
                        + action + " (" + code + "). Give it the policy that `wa-push` and `wa-pull` print.", e);
            }
            if (e.isThrottlingException() || e.statusCode() == 429) {
                return new WaToolCallException(op, Kind.THROTTLED, "The WA Tool kept throttling " + action
                        + " for profile " + profile + " after several retries with back-off. Wait a minute and try"
                        + " again.", e);
            }
            Kind kind = switch (code) {
                case "ResourceNotFoundException" -> Kind.NOT_FOUND;
                case "ConflictException" -> Kind.CONFLICT;
                case "ValidationException" -> Kind.INVALID;
                default -> Kind.OTHER;
            };
            return new WaToolCallException(op, kind, "The WA Tool refused " + action + " for profile " + profile + " ("
                    + code + said + ").", e);
        }
        return new WaToolCallException(op, Kind.OTHER, AwsProblems.explain(profile, action, failure), failure);
    }
}
