package io.secpillar.evidence;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RunComparisonTest {

    static Finding f(String check, String resource, Status status) {
        return new Finding(check, status, "111122223333", "eu-west-1", resource, "", Map.of(), "");
    }

    @Test
    void sortsEveryResultIntoWhatChanged() {
        List<Finding> before = List.of(f("s3_enc", "a", Status.FAIL), f("s3_enc", "b", Status.FAIL),
                f("s3_enc", "c", Status.PASS), f("sg", "x", Status.COULD_NOT_ASSESS), f("sg", "y", Status.PASS),
                f("sg", "gone", Status.PASS));
        List<Finding> after = List.of(f("s3_enc", "a", Status.PASS), f("s3_enc", "b", Status.FAIL),
                f("s3_enc", "c", Status.FAIL), f("sg", "x", Status.PASS), f("sg", "y", Status.PASS),
                f("sg", "new", Status.FAIL));

        RunComparison diff = RunComparison.compare(before, after);

        assertThat(diff.fixed()).extracting(c -> c.key().resourceId()).containsExactly("a");
        assertThat(diff.stillFailing()).extracting(c -> c.key().resourceId()).containsExactly("b");
        assertThat(diff.newFailures()).extracting(c -> c.key().resourceId()).containsExactlyInAnyOrder("c", "new");
        assertThat(diff.couldNotAssessChanges()).extracting(c -> c.key().resourceId()).containsExactly("x");
        assertThat(diff.unchanged()).extracting(c -> c.key().resourceId()).containsExactly("y");
        assertThat(diff.otherChanges()).extracting(c -> c.key().resourceId()).containsExactly("gone");
        assertThat(diff.otherChanges().get(0).after()).isEmpty();
    }

    @Test
    void sameResourceInAnotherRegionIsAnotherKey() {
        Finding west = f("sg", "x", Status.FAIL);
        Finding central = new Finding("sg", Status.PASS, "111122223333", "eu-central-1", "x", "", Map.of(), "");
        RunComparison diff = RunComparison.compare(List.of(west), List.of(central));
        assertThat(diff.fixed()).isEmpty();
        assertThat(diff.otherChanges()).hasSize(2);
    }
}
