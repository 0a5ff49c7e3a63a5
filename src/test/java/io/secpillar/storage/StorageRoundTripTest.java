package io.secpillar.storage;

import io.secpillar.app.Services;
import io.secpillar.assessment.Environment;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.NotApplicableReason;
import io.secpillar.questionnaire.QuestionRisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything written to the H2 file comes back the same after the store is closed and reopened. */
class StorageRoundTripTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyDirectoryToTheCurrentSchema() throws Exception {
        Path fresh = dir.resolve("new").resolve("nested");
        try (Database db = Database.open(fresh); Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("1");
            assertThat(rs.getBoolean(2)).isTrue();
        }
        assertThat(fresh.resolve("secpillar.mv.db")).exists();
        try (Database again = Database.open(fresh)) {
            assertThat(again.directory()).isEqualTo(fresh);
        }
    }

    @Test
    void workloadReviewAndAnswersSurviveAReopen() {
        long workloadId;
        Answer sec01;
        Answer sec07;
        try (Services services = Services.open(dir, CLOCK)) {
            Workload w = services.reviews().create(new WorkloadDraft("Payments API", "Zürich Bank AG", "Card payments — EU",
                    Environment.PREPRODUCTION, List.of("111122223333", "444455556666"), List.of("eu-central-2"), "Anna Müller"),
                    services.lenses().bundled());
            workloadId = w.id();
            ReviewSnapshot snapshot = services.reviews().open(w.id());
            Question q1 = snapshot.questions().get(0);
            Question q7 = snapshot.questions().get(6);
            sec01 = Answer.empty(q1.id(), CLOCK.instant())
                    .withChoice(q1, q1.bestPractices().get(0).id(), true)
                    .withChoice(q1, q1.bestPractices().get(1).id(), true)
                    .withChoiceNotApplicable(q1, q1.bestPractices().get(2).id(),
                            Optional.of(new NotApplicable(NotApplicableReason.OTHER, "handled by the group")))
                    .withNotes("Root user MFA shown on screen ✓ — follow-up with Ops ≥ Q3")
                    .changed("Anna", CLOCK.instant());
            sec07 = Answer.empty(q7.id(), CLOCK.instant())
                    .withNotApplicable(Optional.of(new NotApplicable(NotApplicableReason.ARCHITECTURE_CONSTRAINTS, "no data stores")))
                    .changed("Ben", CLOCK.instant());
            services.reviews().saveAnswer(snapshot.review().id(), sec01);
            services.reviews().saveAnswer(snapshot.review().id(), sec07);
        }
        try (Services services = Services.open(dir, CLOCK)) {
            ReviewSnapshot snapshot = services.reviews().open(workloadId);
            Workload w = snapshot.workload();
            assertThat(w.name()).isEqualTo("Payments API");
            assertThat(w.client()).isEqualTo("Zürich Bank AG");
            assertThat(w.environment()).isEqualTo(Environment.PREPRODUCTION);
            assertThat(w.accountIds()).containsExactly("111122223333", "444455556666");
            assertThat(w.regions()).containsExactly("eu-central-2");
            assertThat(w.updatedAt()).isEqualTo(CLOCK.instant());
            assertThat(snapshot.lens().ref()).isEqualTo(services.lenses().bundled().ref());
            assertThat(snapshot.answers()).containsOnlyKeys(sec01.questionId(), sec07.questionId());
            assertThat(snapshot.answer(sec01.questionId())).contains(sec01);
            assertThat(snapshot.answer(sec07.questionId())).contains(sec07);
            assertThat(snapshot.risk(sec07.questionId())).isEqualTo(QuestionRisk.NOT_APPLICABLE);
            assertThat(snapshot.counts().unanswered()).isEqualTo(9);
        }
    }

    @Test
    void deletingAWorkloadDeletesItsReviewAndAnswersAndSaysWhatWillBeLost() {
        try (Services services = Services.open(dir, CLOCK)) {
            Workload demo = services.demo().create();
            assertThat(services.reviews().deletionImpact(demo.id()).describe())
                    .isEqualTo("\"Claims Portal\" and its review will be deleted for good: 11 answered questions and the notes on 11 questions.");
            assertThat(services.reviews().delete(demo.id())).isTrue();
            assertThat(services.reviews().summaries()).isEmpty();
            assertThat(services.reviews().delete(demo.id())).isFalse();
        }
    }

    @Test
    void aSecondOpenOfTheSameDirectoryIsRefusedClearly() {
        try (Database first = Database.open(dir)) {
            assertThat(first.directory()).isEqualTo(dir);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("Another SecPillar Workbench (a window or a command) is already using " + dir)
                    .hasMessageContaining("Nothing was changed.");
        }
        try (Database reopened = Database.open(dir)) {
            assertThat(reopened.directory()).isEqualTo(dir);
        }
    }

    @Test
    void settingsAreKept() {
        try (Services services = Services.open(dir, CLOCK)) {
            services.settings().put("ui.lastWorkload", "7");
            services.settings().put("ui.lastWorkload", "8");
        }
        try (Services services = Services.open(dir, CLOCK)) {
            assertThat(services.settings().get("ui.lastWorkload")).contains("8");
            assertThat(services.settings().get("missing")).isEmpty();
        }
        assertThat(Files.exists(dir.resolve("secpillar.lock"))).isTrue();
    }
}
