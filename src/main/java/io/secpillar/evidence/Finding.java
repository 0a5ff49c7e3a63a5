package io.secpillar.evidence;

import java.util.Map;
import java.util.Objects;

/**
 * One result of one check for one resource in one account and region.
 *
 * @param resourceId the resource ARN, or its id where it has no ARN (e.g. an account-level setting)
 * @param reason     a sentence saying why this status; for COULD_NOT_ASSESS it names the cause
 *                   (e.g. the missing permission)
 * @param observed   the values the decision rests on, e.g. {@code MFAEnabled=false}
 * @param proof      an excerpt of the AWS response that proves it
 */
public record Finding(String checkId, Status status, String accountId, String region, String resourceId,
                      String reason, Map<String, String> observed, String proof) {
    public Finding {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(status, "status");
        accountId = Objects.requireNonNullElse(accountId, "");
        region = Objects.requireNonNullElse(region, "");
        resourceId = Objects.requireNonNullElse(resourceId, "");
        reason = Objects.requireNonNullElse(reason, "");
        observed = Map.copyOf(observed);
        proof = Objects.requireNonNullElse(proof, "");
    }

    /** The same finding with more said after its reason. */
    public Finding withMoreReason(String more) {
        return new Finding(checkId, status, accountId, region, resourceId, reason + more, observed, proof);
    }
}
