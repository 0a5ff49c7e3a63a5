package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The walk the EC2 and VPC checks share: one finding per resource; one COULD_NOT_ASSESS naming the refused
 * permission when the list could not be read; one NOT_APPLICABLE when the region has none of them.
 */
final class ResourceFindings {

    /** What a check concludes about one resource. */
    record Verdict(Status status, String reason, Map<String, String> observed, String proof) {
    }

    private ResourceFindings() {
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
                    v.observed(), v.proof());
        }).toList();
    }

    /** An EC2 ARN, e.g. arn:aws:ec2:eu-west-1:111122223333:volume/vol-1; snapshots carry no account. */
    static String arn(Target target, String resource) {
        String account = resource.startsWith("snapshot/") ? "" : target.accountId();
        return "arn:" + PartitionMetadata.of(Region.of(target.region())).id() + ":ec2:" + target.region() + ":"
                + account + ":" + resource;
    }
}
