package io.secpillar.watool.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.secpillar.evidence.aws.DefaultAwsAccess;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.questionnaire.Answer;
import io.secpillar.watool.LensMode;
import io.secpillar.watool.NotesCut;
import io.secpillar.watool.PushListener;
import io.secpillar.watool.PushReport;
import io.secpillar.watool.PushRequest;
import io.secpillar.watool.ReviewFixtures;
import io.secpillar.watool.WaToolPush;
import io.secpillar.watool.aws.WaToolState.W;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.secpillar.watool.ReviewFixtures.q;
import static org.assertj.core.api.Assertions.assertThat;

/** Pushes through the product's access layer and WA Tool client to the Tool's REST-JSON wire format on 127.0.0.1. */
class WaToolPushTest {

    static final String ANSWERS = "/workloads/[^/]+/lensReviews/[^/]+/answers/";

    @TempDir
    Path dir;
    FakeWaTool tool;
    DefaultAwsAccess access;
    WaToolConnector connector;

    @BeforeEach
    void start() {
        tool = new FakeWaTool(dir);
        access = tool.access(MfaCodeProvider.none());
        connector = new WaToolConnector(access::session);
    }

    @AfterEach
    void stop() {
        connector.close();
        access.close();
        tool.close();
    }

    PushReport push(PushRequest request) {
        try (SdkWaToolPort port = tool.port(connector, request.accessList())) {
            return new WaToolPush(port).run(request, PushListener.silent(), () -> false);
        }
    }

    static PushRequest managed(Map<String, Answer> answers, String milestone) {
        return new PushRequest(ReviewFixtures.review("Claims Portal", answers), LensMode.MANAGED,
                Optional.ofNullable(milestone), "consultant");
    }

    static JsonNode body(LoggedRequest r) throws Exception {
        return WaToolState.JSON.readTree(r.getBodyAsString());
    }

    @Test
    void aManagedPushCreatesTheWorkloadAndWritesEachAnsweredQuestion() throws Exception {
        PushReport report = push(managed(ReviewFixtures.answers(), "Workshop"));

        assertThat(report.failure()).isEmpty();
        assertThat(report.workloadCreated()).isTrue();
        assertThat(report.written()).containsExactly("SEC01", "SEC02", "SEC03");
        assertThat(report.ids().orElseThrow().allMapped()).isTrue();
        JsonNode created = body(tool.requests("POST", "/workloads").get(0));
        assertThat(created.get("WorkloadName").asText()).isEqualTo("Claims Portal");
        assertThat(created.get("Environment").asText()).isEqualTo("PRODUCTION");
        assertThat(created.get("AccountIds").toString()).isEqualTo("[\"111122223333\",\"444455556666\"]");
        assertThat(created.get("AwsRegions").toString()).isEqualTo("[\"eu-central-1\",\"eu-west-1\"]");
        assertThat(created.get("ReviewOwner").asText()).isEqualTo("Dana Reviewer");
        assertThat(created.get("Lenses").toString()).isEqualTo("[\"wellarchitected\"]");
        assertThat(created.get("Description").asText()).isEqualTo("Claims handling on AWS");
        assertThat(created.get("ClientRequestToken").asText()).as("idempotency token").isNotBlank();

        W w = tool.state.workloads.values().iterator().next();
        Map<String, com.fasterxml.jackson.databind.node.ObjectNode> stored = w.answers.get("wellarchitected");
        assertThat(stored.get("securely-operate").get("SelectedChoices").toString())
                .isEqualTo("[\"sec_securely_operate_multi_accounts\",\"sec_securely_operate_aws_account\"]");
        assertThat(stored.get("securely-operate").get("Notes").asText())
                .isEqualTo("Organizations with 14 accounts; root MFA on all.");
        JsonNode identities = body(tool.requests("PATCH", ANSWERS + "identities").get(0));
        assertThat(identities.at("/ChoiceUpdates/sec_identities_groups_attributes").toString())
                .isEqualTo("{\"Status\":\"NOT_APPLICABLE\",\"Reason\":\"BUSINESS_PRIORITIES\",\"Notes\":\"Two admins only\"}");
        assertThat(identities.at("/ChoiceUpdates/sec_identities_unique/Status").asText()).isEqualTo("UNSELECTED");
        JsonNode permissions = body(tool.requests("PATCH", ANSWERS + "permissions").get(0));
        assertThat(permissions.get("IsApplicable").asBoolean()).isFalse();
        assertThat(permissions.get("Reason").asText()).isEqualTo("OTHER");
        assertThat(permissions.get("Notes").asText())
                .isEqualTo("Not applicable: Run by the parent company\n\nSee the group's access policy.");
        assertThat(tool.requests("PATCH", ANSWERS + ".*")).hasSize(3);
        assertThat(tool.requests("GET", "/workloads/[^/]+/lensReviews/wellarchitected/answers").get(0).getUrl())
                .contains("PillarId=security");
        assertThat(report.milestoneNumber()).contains(1);
        assertThat(w.milestones.get(0).get("MilestoneName").asText()).isEqualTo("Workshop");
    }

    @Test
    void aSecondPushUpdatesTheSameWorkloadAndDoesNotDuplicateAnything() throws Exception {
        push(managed(ReviewFixtures.answers(), "Workshop"));
        Map<String, Answer> changed = new java.util.LinkedHashMap<>(ReviewFixtures.answers());
        changed.put("securely_operate", changed.get("securely_operate")
                .withChoice(q("securely_operate"), "sec_securely_operate_aws_account", false).withNotes("Revised."));
        tool.resetRequests();

        PushReport again = push(managed(changed, "Workshop"));

        assertThat(again.failure()).isEmpty();
        assertThat(again.workloadCreated()).isFalse();
        assertThat(tool.state.workloads).hasSize(1);
        assertThat(tool.requests("POST", "/workloads")).isEmpty();
        assertThat(tool.requests("PATCH", "/workloads/[^/]+/associateLenses")).isEmpty();
        assertThat(tool.requests("POST", "/workloads/[^/]+/milestones")).as("milestone name taken").isEmpty();
        assertThat(again.notes()).anyMatch(n -> n.contains("already has a milestone named \"Workshop\""));
        W w = tool.state.workloads.values().iterator().next();
        assertThat(w.milestones).hasSize(1);
        assertThat(w.answers.get("wellarchitected").get("securely-operate").get("SelectedChoices").toString())
                .isEqualTo("[\"sec_securely_operate_multi_accounts\"]");
        assertThat(w.answers.get("wellarchitected").get("securely-operate").get("Notes").asText()).isEqualTo("Revised.");
    }

    @Test
    void aCustomPushImportsAndPublishesTheLensOnceAndWritesOurIds() throws Exception {
        PushRequest custom = new PushRequest(ReviewFixtures.review("Claims Portal", ReviewFixtures.answers()),
                LensMode.CUSTOM, Optional.empty(), "consultant");

        PushReport first = push(custom);

        assertThat(first.failure()).isEmpty();
        assertThat(first.lensAlias()).startsWith("arn:aws:wellarchitected:eu-central-1:111122223333:lens/");
        assertThat(body(tool.requests("PUT", "/importLens").get(0)).get("JSONString").asText())
                .isEqualTo(ReviewFixtures.LENS.lensJson());
        assertThat(body(tool.requests("POST", "/lenses/[^/]+/versions").get(0)).get("LensVersion").asText())
                .isEqualTo(ReviewFixtures.LENS.ref().version());
        assertThat(body(tool.requests("POST", "/workloads").get(0)).get("Lenses").get(0).asText())
                .isEqualTo(first.lensAlias());
        W w = tool.state.workloads.values().iterator().next();
        assertThat(w.answers.get(first.lensAlias()).get("securely_operate").get("SelectedChoices").toString())
                .isEqualTo("[\"sec_securely_operate_multi_accounts\",\"sec_securely_operate_aws_account\"]");

        tool.resetRequests();
        PushReport second = push(custom);

        assertThat(second.failure()).isEmpty();
        assertThat(tool.requests("PUT", "/importLens")).isEmpty();
        assertThat(tool.requests("POST", "/lenses/[^/]+/versions")).isEmpty();
        assertThat(tool.state.lenses).hasSize(1);
        assertThat(second.lensAlias()).isEqualTo(first.lensAlias());
    }

    @Test
    void anExistingWorkloadWithoutTheLensGetsItAssociated() throws Exception {
        push(new PushRequest(ReviewFixtures.review("Claims Portal", ReviewFixtures.answers()), LensMode.CUSTOM,
                Optional.empty(), "consultant"));
        tool.resetRequests();

        PushReport managed = push(managed(ReviewFixtures.answers(), null));

        assertThat(managed.failure()).isEmpty();
        assertThat(body(tool.requests("PATCH", "/workloads/[^/]+/associateLenses").get(0)).get("LensAliases")
                .toString()).isEqualTo("[\"wellarchitected\"]");
        assertThat(tool.state.workloads).hasSize(1);
    }

    @Test
    void throttledCallsAreRetriedWithBackOff() {
        tool.throttle("PATCH", ANSWERS + "identities", 2);
        tool.throttle("POST", "/workloadsSummaries", 1);

        PushReport report = push(managed(ReviewFixtures.answers(), null));

        assertThat(report.failure()).isEmpty();
        assertThat(report.written()).containsExactly("SEC01", "SEC02", "SEC03");
        assertThat(tool.requests("PATCH", ANSWERS + "identities")).hasSize(3);
        assertThat(tool.requests("POST", "/workloadsSummaries")).hasSize(2);
    }

    @Test
    void aRefusedWriteStopsThePushNamesTheActionAndSendsNothingFurther() {
        tool.deny("PATCH", ANSWERS + "identities", "wellarchitected:UpdateAnswer");

        PushReport report = push(managed(ReviewFixtures.answers(), "Workshop"));

        assertThat(report.failure()).hasValueSatisfying(f -> assertThat(f)
                .contains("Profile client is not allowed to call wellarchitected:UpdateAnswer (AccessDeniedException)")
                .contains("Nothing further was sent.")
                .contains("Answers written before it stopped: SEC01."));
        assertThat(report.written()).containsExactly("SEC01");
        assertThat(report.notWritten()).containsExactly("SEC02", "SEC03");
        assertThat(tool.requests("PATCH", ANSWERS + "identities")).as("AccessDenied is not retried").hasSize(1);
        assertThat(tool.requests("PATCH", ANSWERS + "permissions")).isEmpty();
        assertThat(tool.requests("POST", "/workloads/[^/]+/milestones.*")).isEmpty();
    }

    @Test
    void aWorkloadOnAnOlderLensGetsOnlyTheIdsItHasAndTheRestIsNamed() throws Exception {
        List<WaToolState.Q> older = new ArrayList<>();
        for (WaToolState.Q mq : tool.state.managed) {
            older.add(mq.id().equals("identities") ? new WaToolState.Q(mq.id(), mq.pillar(), mq.title(),
                    mq.choices().stream().filter(c -> !c.equals("sec_identities_groups_attributes")).toList()) : mq);
        }
        tool.state.managed.clear();
        tool.state.managed.addAll(older);

        PushReport report = push(managed(ReviewFixtures.answers(), null));

        assertThat(report.failure()).isEmpty();
        assertThat(report.ids().orElseThrow().unmapped()).containsExactly(
                "SEC02-BP06: the WA Tool question identities has no choice sec_identities_groups_attributes");
        assertThat(body(tool.requests("PATCH", ANSWERS + "identities").get(0)).get("ChoiceUpdates")
                .has("sec_identities_groups_attributes")).isFalse();
    }

    @Test
    void notesCutForTheToolAreMarkedAndReported() {
        Map<String, Answer> answers = new java.util.LinkedHashMap<>(ReviewFixtures.answers());
        answers.put("permissions", answers.get("permissions").withNotes("n".repeat(Answer.MAX_NOTES)));

        PushReport report = push(managed(answers, null));

        String stored = tool.state.workloads.values().iterator().next().answers.get("wellarchitected")
                .get("permissions").get("Notes").asText();
        assertThat(stored).hasSize(NotesCut.TOOL_MAX).endsWith(NotesCut.MARKER);
        assertThat(report.notes()).containsExactly("SEC03: the notes were cut to the WA Tool's 2084 characters"
                + " (marked so); the full text stays in the workbench.");
    }

    @Test
    void aConflictOnAnAnswerStopsThePushNamingTheQuestionAndWhatWasWritten() {
        tool.fail("PATCH", ANSWERS + "permissions", 409, "ConflictException", "The resource is being updated");

        PushReport report = push(managed(ReviewFixtures.answers(), "Workshop"));

        assertThat(report.failure()).hasValueSatisfying(f -> assertThat(f)
                .startsWith("SEC03: The WA Tool refused wellarchitected:UpdateAnswer for profile client"
                        + " (ConflictException: The resource is being updated).")
                .contains("push again when they are done")
                .endsWith("Answers written before it stopped: SEC01, SEC02."));
        assertThat(tool.requests("PATCH", ANSWERS + "permissions")).as("a conflict is not retried").hasSize(1);
        assertThat(tool.requests("POST", "/workloads/[^/]+/milestones")).isEmpty();
    }

    @Test
    void anAnswerChangedInTheConsoleIsReplacedAndNamed() {
        push(managed(ReviewFixtures.answers(), null));
        W w = tool.state.workloads.values().iterator().next();
        w.answers.get("wellarchitected").get("identities").putArray("SelectedChoices").add("sec_identities_unique");

        PushReport again = push(managed(ReviewFixtures.answers(), null));

        assertThat(again.failure()).isEmpty();
        assertThat(again.notes()).first().asString().startsWith("Answered differently in the WA Tool before this push,"
                + " now replaced by the workbench's answer: SEC02.");
        assertThat(w.answers.get("wellarchitected").get("identities").get("SelectedChoices").toString())
                .isEqualTo("[\"sec_identities_enforce_mechanisms\"]");
    }

    @Test
    void aWorkloadCreatedMeanwhileUnderTheSameNameIsTakenNotDuplicated() {
        push(managed(ReviewFixtures.answers(), null));
        tool.answerOnce("POST", "/workloadsSummaries", "{\"WorkloadSummaries\":[]}");
        tool.resetRequests();

        PushReport again = push(managed(ReviewFixtures.answers(), null));

        assertThat(again.failure()).isEmpty();
        assertThat(again.workloadCreated()).isFalse();
        assertThat(tool.requests("POST", "/workloads")).hasSize(1);
        assertThat(tool.state.workloads).hasSize(1);
        assertThat(again.workloadId()).isEqualTo(tool.state.workloads.keySet().iterator().next());
        assertThat(again.notes()).anyMatch(n -> n.contains("appeared in the WA Tool while the push ran"));
    }

    @Test
    void aMilestoneRefusedAsAConflictIsReportedNotFatal() {
        tool.fail("POST", "/workloads/[^/]+/milestones", 409, "ConflictException", "Milestone exists");

        PushReport report = push(managed(ReviewFixtures.answers(), "Workshop"));

        assertThat(report.failure()).isEmpty();
        assertThat(report.written()).containsExactly("SEC01", "SEC02", "SEC03");
        assertThat(report.milestoneNumber()).isEmpty();
        assertThat(report.notes()).anyMatch(n -> n.contains("refused the milestone \"Workshop\" as a conflict"));
    }

    @Test
    void theGuardRefusesAnOperationOutsideTheListBeforeCredentialsOrTheNetwork() {
        java.util.concurrent.atomic.AtomicInteger mfaAsked = new java.util.concurrent.atomic.AtomicInteger();
        try (DefaultAwsAccess mfaAccess = tool.access((profile, serial) -> {
                mfaAsked.incrementAndGet();
                return Optional.of("123456");
            });
             WaToolConnector mfaConnector = new WaToolConnector(mfaAccess::session);
             SdkWaToolPort pullPort = mfaConnector.open("mfa-role", FakeWaTool.REGION,
                     io.secpillar.watool.WaAccessList.pull())) {
            io.secpillar.watool.WaAnswer answer = new io.secpillar.watool.WaAnswer("identities", List.of(), Map.of(),
                    true, Optional.empty(), "");

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> pullPort.updateAnswer("wl1", "wellarchitected",
                            answer))
                    .isInstanceOfSatisfying(io.secpillar.watool.WaToolCallException.class, e -> {
                        assertThat(e.kind()).isEqualTo(io.secpillar.watool.WaToolCallException.Kind.REFUSED_BY_GUARD);
                        assertThat(e.getMessage()).isEqualTo("SecPillar refused to send"
                                + " wellarchitected:UpdateAnswer: the pull's client may send only the"
                                + " Well-Architected Tool operations it lists.");
                    });
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> pullPort.createMilestone("wl1", "M"))
                    .hasMessageContaining("wellarchitected:CreateMilestone");
        }
        assertThat(tool.requests()).isEmpty();
        assertThat(mfaAsked).hasValue(0);
    }
}
