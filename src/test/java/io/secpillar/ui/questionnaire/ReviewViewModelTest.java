package io.secpillar.ui.questionnaire;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.NotApplicableReason;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.ui.common.AnswerSaver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The view model without a window: edits show at once, land in H2 in the background, rules are explained. */
class ReviewViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T14:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void editsAreVisibleAtOnceAndStoredInTheBackground() {
        try (Services services = Services.open(dir, CLOCK)) {
            Workload w = services.reviews().create(new WorkloadDraft("Shop", "", "", null, List.of(), List.of(), ""),
                    services.lenses().bundled());
            List<String> remembered = new ArrayList<>();
            AnswerSaver saver = new AnswerSaver(services.reviews()::saveAnswer, Runnable::run, s -> { }, c -> { });
            ReviewViewModel model = new ReviewViewModel(services.reviews().open(w.id()), saver, () -> "Rita", CLOCK, remembered::add);

            Question sec01 = model.current();
            model.toggleByNumber(1);
            model.toggleByNumber(2);
            model.setNotes("Two accounts only");
            assertThat(model.counts().answered()).isEqualTo(1);
            assertThat(model.risk(sec01.id())).isEqualTo(QuestionRisk.HIGH);

            model.showQuestion(model.questions().get(6).id());
            assertThat(remembered).containsExactly(model.questions().get(6).id());
            model.setNotApplicable(Optional.of(new NotApplicable(NotApplicableReason.BUSINESS_PRIORITIES, "")));
            model.toggleByNumber(0);
            assertThat(model.counts().notApplicable()).isEqualTo(1);

            model.next();
            model.toggleByNumber(42);
            model.reportProblem("x");
            model.setNotes("a".repeat(3000));
            assertThat(model.problemProperty().get()).contains("at most 2084");
            assertThat(model.currentAnswer()).isEmpty();

            assertThat(saver.flush(5, TimeUnit.SECONDS)).isTrue();
            ReviewSnapshot stored = services.reviews().open(w.id());
            assertThat(stored.answer(sec01.id()).orElseThrow().selected()).hasSize(2);
            assertThat(stored.answer(sec01.id()).orElseThrow().notes()).isEqualTo("Two accounts only");
            assertThat(stored.answer(sec01.id()).orElseThrow().changedBy()).isEqualTo("Rita");
            assertThat(stored.counts()).isEqualTo(model.counts());
            assertThat(stored.risk(model.questions().get(6).id())).isEqualTo(QuestionRisk.NOT_APPLICABLE);
            saver.close();
        }
    }

    @Test
    void acceptingEvidenceChangesTheAnswerAndRecordsTheRun() {
        try (Services services = Services.open(dir, CLOCK)) {
            Workload demo = services.demo().create();
            ReviewSnapshot snapshot = services.reviews().open(demo.id());
            AnswerSaver saver = new AnswerSaver(services.reviews()::saveAnswer, Runnable::run, s -> { }, c -> { });
            ReviewViewModel model = new ReviewViewModel(snapshot, saver, () -> "Rita", CLOCK, q -> { });
            io.secpillar.assessment.ReviewEvidence evidence = io.secpillar.assessment.ReviewEvidence.load(services.evidence(),
                    services.evidenceDecisions(), io.secpillar.evidence.CheckMapping.bundled(), demo.id(), snapshot.review().id());
            List<String> recorded = new ArrayList<>();
            model.setEvidence(evidence, (kind, q, c, run) -> recorded.add(kind + " " + q + "/" + c + " run " + run));

            model.showQuestion("identities");
            Question sec02 = model.current();
            String bp01 = sec02.bestPractices().get(0).id();
            var practice = evidence.forPractice("SEC02-BP01").orElseThrow();
            assertThat(practice.suggestsInPlace()).contains(false);
            assertThat(model.currentAnswer().orElseThrow().selected()).contains(bp01);

            model.acceptEvidence(bp01);
            assertThat(model.currentAnswer().orElseThrow().selected()).doesNotContain(bp01);
            assertThat(model.risk(sec02.id())).isEqualTo(QuestionRisk.HIGH);
            model.overrideEvidence(sec02.bestPractices().get(1).id());
            long runId = evidence.run().orElseThrow().id();
            assertThat(recorded).containsExactly("ACCEPTED identities/" + bp01 + " run " + runId,
                    "OVERRIDDEN identities/" + sec02.bestPractices().get(1).id() + " run " + runId);
            assertThat(saver.flush(5, TimeUnit.SECONDS)).isTrue();
            assertThat(services.reviews().open(demo.id()).answer(sec02.id()).orElseThrow().selected()).doesNotContain(bp01);
            saver.close();
        }
    }
}
