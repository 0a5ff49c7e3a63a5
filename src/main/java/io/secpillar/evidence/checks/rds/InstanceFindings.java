package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The walk the RDS checks share: one finding per DB instance or snapshot, COULD_NOT_ASSESS naming the refused
 * permission when the list could not be read, NOT_APPLICABLE once when the region has none.
 */
final class InstanceFindings {

    /** What a check concludes about one resource. */
    record Verdict(Status status, String reason, Map<String, String> observed) {
    }

    private InstanceFindings() {
    }

    static <R> List<Finding> perResource(String checkId, Fetched<List<R>> resources, Target target, String noun,
                                         Function<R, String> arn, Function<R, Verdict> judge) {
        if (!resources.isOk()) {
            return List.of(resources.couldNotAssess(checkId, target, target.accountId()));
        }
        if (resources.value().isEmpty()) {
            return List.of(new Finding(checkId, Status.NOT_APPLICABLE, target.accountId(), target.region(),
                    target.accountId(), "The region has no " + noun + ".", Map.of(noun, "0"), ""));
        }
        return resources.value().stream().map(r -> {
            Verdict v = judge.apply(r);
            return new Finding(checkId, v.status(), target.accountId(), target.region(), arn.apply(r), v.reason(),
                    v.observed(), r.toString());
        }).toList();
    }
}
