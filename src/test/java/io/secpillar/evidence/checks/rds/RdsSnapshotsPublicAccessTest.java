package io.secpillar.evidence.checks.rds;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.rds.RdsState.*;
import static org.assertj.core.api.Assertions.assertThat;

class RdsSnapshotsPublicAccessTest {

    private final RdsSnapshotsPublicAccess check = new RdsSnapshotsPublicAccess();

    @Test
    void onlyTheAllGroupMakesASnapshotPublic() {
        List<Finding> f = check.evaluate(snapshots(
                snapshot("private", Fetched.ok(List.of(), "rds:DescribeDBSnapshotAttributes")),
                snapshot("shared", Fetched.ok(List.of("444455556666"), "rds:DescribeDBSnapshotAttributes")),
                snapshot("public", Fetched.ok(List.of("all"), "rds:DescribeDBSnapshotAttributes")),
                snapshot("unread", denied("rds:DescribeDBSnapshotAttributes"))), REGION);

        assertThat(f).extracting(Finding::status)
                .containsExactly(Status.PASS, Status.PASS, Status.FAIL, Status.COULD_NOT_ASSESS);
        assertThat(f.get(1).observed()).containsEntry("restore", "444455556666");
        assertThat(f.get(2).resourceId()).isEqualTo("arn:aws:rds:eu-west-1:111122223333:snapshot:public");
        assertThat(f.get(3).reason()).contains("rds:DescribeDBSnapshotAttributes");
        assertThat(f.get(3).resourceId()).endsWith("snapshot:unread");
        assertThat(f.get(2).proof()).isEqualTo("snapshot public");
    }

    @Test
    void refusedSnapshotListCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement()
                .satisfies(x -> assertThat(x.reason()).contains("rds:DescribeDBSnapshots"));
    }

    @Test
    void noManualSnapshotIsNotApplicable() {
        assertThat(check.evaluate(snapshots(), REGION)).singleElement()
                .extracting(Finding::status).isEqualTo(Status.NOT_APPLICABLE);
    }
}
