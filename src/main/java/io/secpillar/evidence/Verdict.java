package io.secpillar.evidence;

import java.util.Map;
import java.util.Objects;

/**
 * What a check concludes about one resource, before it is placed: the status, a sentence saying why, the
 * values it rests on and the excerpt of the AWS answer that proves it.
 */
public record Verdict(Status status, String reason, Map<String, String> observed, String proof) {

    public Verdict {
        Objects.requireNonNull(status, "status");
    }

    public static Verdict pass(String reason, Map<String, String> observed, String proof) {
        return new Verdict(Status.PASS, reason, observed, proof);
    }

    public static Verdict fail(String reason, Map<String, String> observed, String proof) {
        return new Verdict(Status.FAIL, reason, observed, proof);
    }

    public static Verdict notApplicable(String reason, Map<String, String> observed, String proof) {
        return new Verdict(Status.NOT_APPLICABLE, reason, observed, proof);
    }

    /** PASS when the condition holds, else FAIL. */
    public static Verdict passIf(boolean pass, String reason, Map<String, String> observed, String proof) {
        return new Verdict(pass ? Status.PASS : Status.FAIL, reason, observed, proof);
    }

    /** The same verdict with another sentence, e.g. the resource's name put in front. */
    public Verdict withReason(String otherReason) {
        return new Verdict(status, otherReason, observed, proof);
    }

    /** The finding this verdict makes about a resource of the target. */
    public Finding about(String checkId, Target target, String resourceId) {
        return new Finding(checkId, status, target.accountId(), target.region(), resourceId, reason, observed, proof);
    }
}
