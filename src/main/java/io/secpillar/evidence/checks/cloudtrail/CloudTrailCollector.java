package io.secpillar.evidence.checks.cloudtrail;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.checks.cloudtrail.CloudTrailInventory.TrailState;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

import java.time.Clock;
import java.util.List;

import static io.secpillar.evidence.checks.cloudtrail.CloudTrailInventory.DESCRIBE_TRAILS;
import static io.secpillar.evidence.checks.cloudtrail.CloudTrailInventory.GET_TRAIL_STATUS;

/**
 * Describes the trails of a region, shadow trails included, and reads each one's status by ARN (the only way
 * CloudTrail gives the status of a trail homed in another region).
 */
public final class CloudTrailCollector implements InventoryCollector<CloudTrailInventory> {

    private final Clock clock;

    public CloudTrailCollector() {
        this(Clock.systemUTC());
    }

    public CloudTrailCollector(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Class<CloudTrailInventory> type() {
        return CloudTrailInventory.class;
    }

    @Override
    public CloudTrailInventory collect(AwsClients clients, Target target) {
        CloudTrailClient cloudTrail = clients.client(CloudTrailClient.class, target.region());
        Fetched<List<Trail>> trails = AwsCalls.fetch(DESCRIBE_TRAILS,
                () -> cloudTrail.describeTrails(r -> r.includeShadowTrails(true)).trailList());
        return new CloudTrailInventory(target.region(), clock.instant(), trails.map(list -> list.stream()
                .map(trail -> new TrailState(trail, AwsCalls.fetch(GET_TRAIL_STATUS,
                        () -> cloudTrail.getTrailStatus(r -> r.name(trail.trailARN())))))
                .toList()));
    }
}
