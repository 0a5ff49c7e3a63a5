package io.secpillar.evidence.aws.cloudtrail;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.AdvancedSelector;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.BasicSelector;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.EventSelectors;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.FieldSelector;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.TrailState;
import io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.TrailStatus;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsResponse;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusResponse;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.DESCRIBE_TRAILS;
import static io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.GET_EVENT_SELECTORS;
import static io.secpillar.evidence.inventory.cloudtrail.CloudTrailInventory.GET_TRAIL_STATUS;

/**
 * Describes the trails of a region, shadow trails included, and reads each one's status and event selectors by ARN
 * (the only way CloudTrail answers for a trail homed in another region).
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
                .map(trail -> new TrailState(trail(trail), AwsCalls.fetch(GET_TRAIL_STATUS,
                        () -> status(cloudTrail.getTrailStatus(r -> r.name(trail.trailARN())))),
                        AwsCalls.fetch(GET_EVENT_SELECTORS, () -> selectors(cloudTrail.getEventSelectors(
                                r -> r.trailName(trail.trailARN()))))))
                .toList()));
    }

    private static CloudTrailInventory.Trail trail(Trail t) {
        return new CloudTrailInventory.Trail(t.name(), t.trailARN(), t.homeRegion(),
                Boolean.TRUE.equals(t.isMultiRegionTrail()), Boolean.TRUE.equals(t.logFileValidationEnabled()),
                t.kmsKeyId(), t.cloudWatchLogsLogGroupArn(), t.toString());
    }

    private static EventSelectors selectors(GetEventSelectorsResponse s) {
        return new EventSelectors(s.eventSelectors().stream().map(e -> new BasicSelector(e.readWriteTypeAsString(),
                !Boolean.FALSE.equals(e.includeManagementEvents()), e.excludeManagementEventSources())).toList(),
                s.advancedEventSelectors().stream().map(a -> new AdvancedSelector(a.name(), a.fieldSelectors().stream()
                        .map(f -> new FieldSelector(f.field(), f.equalsValue(), f.notEquals(), f.startsWith(),
                                f.notStartsWith(), f.endsWith(), f.notEndsWith())).toList())).toList(),
                s.toString());
    }

    private static TrailStatus status(GetTrailStatusResponse s) {
        return new TrailStatus(Boolean.TRUE.equals(s.isLogging()),
                Optional.ofNullable(s.latestCloudWatchLogsDeliveryTime()), s.toString());
    }
}
