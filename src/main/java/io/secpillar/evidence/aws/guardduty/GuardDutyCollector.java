package io.secpillar.evidence.aws.guardduty;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.guardduty.GuardDutyInventory;
import io.secpillar.evidence.inventory.guardduty.GuardDutyInventory.Detector;
import io.secpillar.evidence.inventory.guardduty.GuardDutyInventory.DetectorState;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.Condition;
import software.amazon.awssdk.services.guardduty.model.FindingCriteria;
import software.amazon.awssdk.services.guardduty.model.GetDetectorResponse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.secpillar.evidence.inventory.guardduty.GuardDutyInventory.FINDINGS_CAP;
import static io.secpillar.evidence.inventory.guardduty.GuardDutyInventory.GET_DETECTOR;
import static io.secpillar.evidence.inventory.guardduty.GuardDutyInventory.HIGH_SEVERITY;
import static io.secpillar.evidence.inventory.guardduty.GuardDutyInventory.LIST_DETECTORS;
import static io.secpillar.evidence.inventory.guardduty.GuardDutyInventory.LIST_FINDINGS;

/** Lists the detectors of a region (all pages), then reads each one and its open high-severity finding ids. */
public final class GuardDutyCollector implements InventoryCollector<GuardDutyInventory> {

    private static final FindingCriteria OPEN_HIGH = FindingCriteria.builder().criterion(Map.of(
            "severity", Condition.builder().greaterThanOrEqual(HIGH_SEVERITY).build(),
            "service.archived", Condition.builder().equalsValue("false").build())).build();

    @Override
    public Class<GuardDutyInventory> type() {
        return GuardDutyInventory.class;
    }

    @Override
    public GuardDutyInventory collect(AwsClients clients, Target target) {
        GuardDutyClient guardDuty = clients.client(GuardDutyClient.class, target.region());
        Fetched<List<String>> ids = AwsCalls.fetch(LIST_DETECTORS,
                () -> guardDuty.listDetectorsPaginator(r -> { }).detectorIds().stream().toList());
        String partition = Optional.ofNullable(Region.of(target.region()).metadata())
                .map(RegionMetadata::partition).map(p -> p.id()).orElse("aws");
        return new GuardDutyInventory(ids.map(list -> list.stream().map(id -> new DetectorState(
                "arn:" + partition + ":guardduty:" + target.region() + ":" + target.accountId() + ":detector/" + id,
                AwsCalls.fetch(GET_DETECTOR, () -> detector(guardDuty, id)),
                AwsCalls.fetch(LIST_FINDINGS, () -> guardDuty.listFindingsPaginator(r -> r.detectorId(id)
                        .findingCriteria(OPEN_HIGH)).findingIds().stream().limit(FINDINGS_CAP).toList()))).toList()));
    }

    private static Detector detector(GuardDutyClient guardDuty, String id) {
        GetDetectorResponse response = guardDuty.getDetector(r -> r.detectorId(id));
        return new Detector(response.statusAsString(), response.toString());
    }
}
