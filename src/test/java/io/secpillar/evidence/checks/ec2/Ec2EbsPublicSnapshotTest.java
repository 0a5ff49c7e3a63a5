package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2EbsPublicSnapshotTest {

    private final Ec2EbsPublicSnapshot check = new Ec2EbsPublicSnapshot();

    @Test
    void aSnapshotRestorableByAllFails() {
        Ec2State s = new Ec2State();
        s.snapshots = Fetched.ok(List.of(new Snapshot("snap-1", "vol-1", true, null, "snapshot snap-1"),
                new Snapshot("snap-2", "vol-2", true, null, "snapshot snap-2")), "ec2:DescribeSnapshots");
        s.publicSnapshots = Fetched.ok(Set.of("snap-2"), "ec2:DescribeSnapshots");

        List<Finding> f = check.evaluate(s.inventory(), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(f.get(1).observed()).containsEntry("public", "true").containsEntry("volumeId", "vol-2");
        assertThat(f.get(1).proof()).isEqualTo("snapshot snap-2");
    }

    @Test
    void anUnreadPublicListCouldNotBeAssessedEvenWithSnapshotsListed() {
        Ec2State s = new Ec2State();
        s.snapshots = Fetched.ok(List.of(new Snapshot("snap-1", null, false, null, "snapshot snap-1")),
                "ec2:DescribeSnapshots");

        assertThat(check.evaluate(s.inventory(), REGION)).singleElement()
                .extracting(Finding::status).isEqualTo(Status.COULD_NOT_ASSESS);
    }

    @Test
    void refusedReadCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("ec2:DescribeSnapshots");
        });
    }
}
