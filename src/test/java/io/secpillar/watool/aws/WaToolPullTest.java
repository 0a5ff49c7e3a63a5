package io.secpillar.watool.aws;

import io.secpillar.evidence.aws.DefaultAwsAccess;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.questionnaire.Answer;
import io.secpillar.watool.LensMode;
import io.secpillar.watool.PulledReview;
import io.secpillar.watool.PushListener;
import io.secpillar.watool.PushRequest;
import io.secpillar.watool.ReviewFixtures;
import io.secpillar.watool.WaAccessList;
import io.secpillar.watool.WaToolCallException;
import io.secpillar.watool.WaToolPull;
import io.secpillar.watool.WaToolPush;
import io.secpillar.watool.WaWorkloadSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pulls through the product's access layer and the pull's read-only WA Tool client, from the REST-JSON fake. */
class WaToolPullTest {

    @TempDir
    Path dir;
    FakeWaTool tool;
    DefaultAwsAccess access;
    WaToolConnector connector;
    String workloadId;

    @BeforeEach
    void start() {
        tool = new FakeWaTool(dir);
        access = tool.access(MfaCodeProvider.none());
        connector = new WaToolConnector(access::session);
        PushRequest request = new PushRequest(ReviewFixtures.review("Claims Portal", ReviewFixtures.answers()),
                LensMode.MANAGED, Optional.of("Workshop"), "consultant");
        try (SdkWaToolPort port = tool.port(connector, request.accessList())) {
            workloadId = new WaToolPush(port).run(request, PushListener.silent(), () -> false).workloadId();
        }
        tool.resetRequests();
    }

    @AfterEach
    void stop() {
        connector.close();
        access.close();
        tool.close();
    }

    PulledReview pull(String id) {
        try (SdkWaToolPort port = tool.port(connector, WaAccessList.pull())) {
            return new WaToolPull(port).read(id, ReviewFixtures.LENS, true, "importer", ReviewFixtures.AT,
                    PushListener.silent());
        }
    }

    @Test
    void aPulledReviewHasTheAnswersNotesReasonsAndMilestonesThatWerePushed() {
        PulledReview pulled = pull(workloadId);

        assertThat(pulled.mode()).isEqualTo(LensMode.MANAGED);
        assertThat(pulled.workload().name()).isEqualTo("Claims Portal");
        assertThat(pulled.workload().accountIds()).containsExactly("111122223333", "444455556666");
        Map<String, Answer> pushed = ReviewFixtures.answers();
        assertThat(pulled.answers().keySet()).containsExactlyInAnyOrderElementsOf(pushed.keySet());
        for (Answer expected : pushed.values()) {
            Answer got = pulled.answers().get(expected.questionId());
            assertThat(got.selected()).as(expected.questionId()).isEqualTo(expected.selected());
            assertThat(got.choicesNotApplicable()).isEqualTo(expected.choicesNotApplicable());
            assertThat(got.notApplicable()).isEqualTo(expected.notApplicable());
            assertThat(got.notes()).isEqualTo(expected.notes());
        }
        assertThat(pulled.toolMilestones()).extracting(m -> m.name()).containsExactly("Workshop");
        assertThat(pulled.milestones()).hasSize(1);
        assertThat(pulled.milestones().get(0).answers()).containsOnlyKeys(pushed.keySet());
        assertThat(tool.requests().stream().map(r -> r.getMethod().getName()).distinct())
                .as("a pull only reads").doesNotContain("PATCH", "PUT", "DELETE")
                .allMatch(m -> m.equals("GET") || m.equals("POST"));
        assertThat(tool.requests("POST", "/workloads(/[^/]+/milestones)?")).as("no create").isEmpty();
    }

    @Test
    void theWorkloadListHasEveryPage() {
        for (int i = 0; i < 5; i++) {
            PushRequest more = new PushRequest(ReviewFixtures.review("Workload " + i, ReviewFixtures.answers()),
                    LensMode.MANAGED, Optional.empty(), "consultant");
            try (SdkWaToolPort port = tool.port(connector, more.accessList())) {
                new WaToolPush(port).run(more, PushListener.silent(), () -> false);
            }
        }
        try (SdkWaToolPort port = tool.port(connector, WaAccessList.pull())) {
            List<WaWorkloadSummary> all = new WaToolPull(port).workloads();
            assertThat(all).hasSize(6).extracting(WaWorkloadSummary::name).contains("Claims Portal", "Workload 4");
        }
    }

    @Test
    void aWorkloadThatDoesNotExistIsNamedAsSuch() {
        assertThatThrownBy(() -> pull("wl-missing"))
                .isInstanceOfSatisfying(WaToolCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(WaToolCallException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("The WA Tool refused wellarchitected:GetWorkload for profile"
                            + " client (ResourceNotFoundException: No workload wl-missing).");
                });
    }

    @Test
    void aRefusedReadSaysWhichActionTheProfileLacks() {
        tool.deny("GET", "/workloads/[^/]+/lensReviews/[^/]+/answers/.*", "wellarchitected:GetAnswer");

        assertThatThrownBy(() -> pull(workloadId)).isInstanceOfSatisfying(WaToolCallException.class, e -> {
            assertThat(e.kind()).isEqualTo(WaToolCallException.Kind.ACCESS_DENIED);
            assertThat(e.getMessage()).startsWith("Profile client is not allowed to call wellarchitected:GetAnswer");
        });
    }

    @Test
    void throttledReadsAreRetried() {
        tool.throttle("GET", "/workloads/[^/]+/lensReviews/[^/]+/answers", 2);

        PulledReview pulled = pull(workloadId);

        assertThat(pulled.answers()).hasSize(3);
        assertThat(tool.requests("GET", "/workloads/[^/]+/lensReviews/[^/]+/answers").size()).isGreaterThanOrEqualTo(3);
    }
}
