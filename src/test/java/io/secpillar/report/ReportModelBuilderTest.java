package io.secpillar.report;

import io.secpillar.assessment.Environment;
import io.secpillar.assessment.Review;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.pillar.BundledLens;
import io.secpillar.pillar.Choice;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.PracticeLevel;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.ChoiceStatus;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.NotApplicableReason;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.report.pdf.ReportSections;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the report says, decided on plain data: no database, no PDF. */
class ReportModelBuilderTest {

    static final LoadedLens LENS = BundledLens.load();
    static final Instant T = Instant.parse("2026-11-20T10:00:00Z");
    static final Workload W = new Workload(7, "Shop", "ACME", "d", Environment.PRODUCTION, List.of("111122223333"),
            List.of("eu-central-1"), "Owner Person", T, T);

    static Question q(int i) {
        return LENS.lens().questions().get(i);
    }

    static String label(Question q, Choice c) {
        return LENS.practiceLabel(q.id(), c.id());
    }

    ReviewSnapshot snapshot(Map<String, Answer> answers) {
        return new ReviewSnapshot(W, new Review(1, 7, LENS.ref(), T), LENS, answers);
    }

    ReportModel build(ReviewSnapshot s, ReportEvidence e) {
        return new ReportModelBuilder(InMemoryEvidence.mapping()).build(s, e,
                ReportSections.everything(Branding.defaults(), "Signer Name"), "1.2.3", T.plusSeconds(60));
    }

    @Test
    void planListsEveryMissingPracticeOfAnsweredQuestionsHighBeforeMediumBeforeLow() {
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            Question q = q(i);
            answers.put(q.id(), Answer.empty(q.id(), T).withChoice(q, q.bestPractices().get(0).id(), true)
                    .changed("Reviewer " + i, T.plusSeconds(i)));
        }
        ReportModel m = build(snapshot(answers), ReportEvidence.none(Map.of()));
        int expected = 0;
        for (int i = 0; i < 3; i++) {
            expected += q(i).bestPractices().size() - 1;
        }
        assertThat(m.plan()).hasSize(expected);
        List<PracticeLevel> levels = m.plan().stream().map(ImprovementItem::level).toList();
        assertThat(levels).isSortedAccordingTo(java.util.Comparator.comparingInt(Enum::ordinal));
        assertThat(levels).contains(PracticeLevel.HIGH, PracticeLevel.MEDIUM);
        assertThat(m.unansweredQuestions()).isEqualTo(LENS.lens().questions().size() - 3);
        ImprovementItem first = m.plan().get(0);
        Choice choice = LENS.lens().questions().stream().flatMap(q -> q.bestPractices().stream())
                .filter(c -> LENS.lens().questions().stream().anyMatch(q -> label(q, c).equals(first.practiceLabel())))
                .findFirst().orElseThrow();
        assertThat(first.improvement()).isEqualTo(choice.improvementPlan().orElseThrow().displayText());
        assertThat(m.cover().reviewers()).containsExactly("Owner Person", "Reviewer 0", "Reviewer 1", "Reviewer 2");
        assertThat(m.cover().reviewDate()).isEqualTo(T.plusSeconds(2));
        assertThat(m.cover().lensVersion()).isEqualTo(LENS.guidance().lensVersion().orElseThrow());
        assertThat(m.info().author()).isEqualTo("Signer Name");
        QuestionSection open = m.questions().get(4);
        assertThat(open.risk()).isEqualTo(QuestionRisk.UNANSWERED);
        assertThat(open.practices()).allSatisfy(p -> assertThat(p.statusLabel()).isEqualTo("Not answered"));
        assertThat(m.questions().get(0).practices().get(0).statusLabel()).isEqualTo("In place");
        assertThat(m.questions().get(0).practices().get(1).statusLabel()).isEqualTo("Not in place");
    }

    @Test
    void notApplicableQuestionsAndPracticesStayOutOfThePlanAndKeepTheirReasons() {
        Question q0 = q(0);
        Question q1 = q(1);
        Choice na = q1.bestPractices().get(1);
        Map<String, Answer> answers = Map.of(
                q0.id(), Answer.empty(q0.id(), T).withNotApplicable(Optional.of(
                        new NotApplicable(NotApplicableReason.OUT_OF_SCOPE, "Handled by group IT"))),
                q1.id(), Answer.empty(q1.id(), T).withChoiceNotApplicable(q1, na.id(),
                        Optional.of(new NotApplicable(NotApplicableReason.OTHER, "No humans log in"))));
        ReportModel m = build(snapshot(answers), ReportEvidence.none(Map.of()));
        QuestionSection s0 = m.questions().get(0);
        assertThat(s0.risk()).isEqualTo(QuestionRisk.NOT_APPLICABLE);
        assertThat(s0.notApplicableReason()).contains("Out of scope: Handled by group IT");
        assertThat(m.plan()).noneMatch(i -> i.questionLabel().equals(s0.label()));
        PracticeLine line = m.questions().get(1).practices().get(1);
        assertThat(line.status()).isEqualTo(ChoiceStatus.NOT_APPLICABLE);
        assertThat(line.notApplicableReason()).contains("Other: No humans log in");
        assertThat(m.plan()).noneMatch(i -> i.practiceLabel().equals(line.label()));
        assertThat(m.plan()).filteredOn(i -> i.questionLabel().equals(m.questions().get(1).label()))
                .hasSize(q1.bestPractices().size() - 1);
    }

    @Test
    void evidenceMeetsPracticesFailingFirstAndMissingPermissionsAreGrouped() {
        Question q0 = q(0);
        Map<String, Answer> answers = Map.of(q0.id(), Answer.empty(q0.id(), T)
                .withChoice(q0, q0.noneOfThese().orElseThrow().id(), true));
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("iam_root_mfa_enabled", Status.PASS, "111122223333", "global", "root-a", "ok", Map.of(), ""));
        findings.add(new Finding("iam_root_mfa_enabled", Status.COULD_NOT_ASSESS, "444455556666", "global", "root-b",
                "Access denied: iam:GetAccountSummary", Map.of(), ""));
        findings.add(new Finding("iam_root_mfa_enabled", Status.FAIL, "777788889999", "global", "root-c", "no MFA", Map.of(), ""));
        findings.add(new Finding("iam_root_mfa_enabled", Status.COULD_NOT_ASSESS, "111122223333", "global", "root-d",
                "Access denied: iam:GetAccountSummary", Map.of(), ""));
        EvidenceRunInfo run = new EvidenceRunInfo(4, Optional.of(7L), T, Optional.of(T), EvidenceRunInfo.State.COMPLETED,
                List.of("p"), List.of("111122223333"), List.of("eu-central-1"), "c1");
        ReportModel m = build(snapshot(answers), new ReportEvidence(List.of(run), Optional.of(run), findings,
                InMemoryEvidence.CHECKS));

        QuestionSection s0 = m.questions().get(0);
        assertThat(s0.noneOfTheseSelected()).isTrue();
        assertThat(s0.attention()).extracting(EvidenceLine::resourceId).containsExactly("root-c", "root-d", "root-b");
        assertThat(s0.checks()).singleElement().satisfies(c -> {
            assertThat(c.checkTitle()).isEqualTo("Root user has MFA enabled");
            assertThat(c.tally()).isEqualTo(new EvidenceTally(1, 1, 2, 0));
        });
        ImprovementItem bp02 = m.plan().stream().filter(i -> i.practiceLabel().equals("SEC01-BP02")).findFirst().orElseThrow();
        assertThat(bp02.failing()).extracting(EvidenceLine::resourceId).containsExactly("root-c");
        assertThat(m.summary().evidence()).isEqualTo(new EvidenceTally(1, 1, 2, 0));
        assertThat(m.appendix().results()).extracting(EvidenceLine::resourceId).containsExactly("root-c", "root-d", "root-b", "root-a");
        assertThat(m.appendix().missingPermissions()).singleElement().satisfies(p -> {
            assertThat(p.operations()).containsExactly("iam:GetAccountSummary");
            assertThat(p.accountIds()).containsExactly("111122223333", "444455556666");
            assertThat(p.results()).isEqualTo(2);
        });
    }

    @Test
    void withoutARunTheModelSaysSo() {
        ReportModel m = build(snapshot(Map.of()), ReportEvidence.load(Optional.empty(), 7, Map.of()));
        assertThat(m.summary().evidenceRun()).isFalse();
        assertThat(m.appendix().hasRun()).isFalse();
        assertThat(m.plan()).isEmpty();
        InMemoryEvidence emptyStore = new InMemoryEvidence(7);
        assertThat(ReportEvidence.load(Optional.of(emptyStore), 7, Map.of()).used()).isEmpty();
    }

    @Test
    void newestCompletedRunIsUsed() {
        InMemoryEvidence store = new InMemoryEvidence(7);
        store.addRun(10, 1, T);
        store.addRun(20, 2, T.plusSeconds(100));
        ReportEvidence e = ReportEvidence.load(Optional.of(store), 7, InMemoryEvidence.CHECKS);
        assertThat(e.runs()).hasSize(2);
        assertThat(e.used().orElseThrow().id()).isEqualTo(2);
        assertThat(e.findings()).hasSize(20);
    }
}
