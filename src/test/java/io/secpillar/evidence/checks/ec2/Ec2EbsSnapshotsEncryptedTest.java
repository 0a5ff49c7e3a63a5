package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2EbsSnapshotsEncryptedTest {

    private final Ec2EbsSnapshotsEncrypted check = new Ec2EbsSnapshotsEncrypted();

    @Test
    void eachOwnSnapshotIsJudged() {
        Ec2State s = new Ec2State();
        s.snapshots = Fetched.ok(List.of(new Snapshot("snap-1", null, true, null, "snapshot snap-1"),
                new Snapshot("snap-2", null, false, null, "snapshot snap-2")), "ec2:DescribeSnapshots");

        List<Finding> f = check.evaluate(s.inventory(), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(f.get(1).resourceId()).as("snapshot ARNs carry no account")
                .isEqualTo("arn:aws:ec2:eu-west-1::snapshot/snap-2");
    }

    @Test
    void refusedReadCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("ec2:DescribeSnapshots");
        });
    }
}
