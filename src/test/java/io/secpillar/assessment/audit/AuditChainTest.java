package io.secpillar.assessment.audit;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.app.Services;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Sha256;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hash chain on a real H2 file: every edit is on record, and edits made in the database behind the app's back
 * (a JDBC UPDATE, INSERT or DELETE, as someone with the file and a SQL console would make) are found and located.
 */
class AuditChainTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T09:30:00.123456Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private record Fixture(Workload workload, long reviewId, Question sec01, Question sec03) { }

    private static Fixture answered(Services services) {
        Workload w = services.reviews().create(new WorkloadDraft("Payments API", "Zürich Bank AG", "Card payments",
                null, List.of("111122223333"), List.of("eu-central-2"), "Anna Müller"), services.lenses().bundled());
        ReviewSnapshot s = services.reviews().open(w.id());
        Question q1 = s.questions().get(0);
        Question q3 = s.questions().get(2);
        Answer a1 = Answer.empty(q1.id(), CLOCK.instant())
                .withChoice(q1, q1.bestPractices().get(0).id(), true)
                .withNotes("Control Tower landing zone, \"quoted\" \\ back\\slash, Zürich ✓ 🙂 \u0001\tend\nsecond line").changed("Anna", CLOCK.instant());
        services.reviews().saveAnswer(s.review().id(), a1);
        services.reviews().saveAnswer(s.review().id(), a1.withChoice(q1, q1.bestPractices().get(1).id(), true)
                .changed("Ben", CLOCK.instant()));
        services.reviews().saveAnswer(s.review().id(), Answer.empty(q3.id(), CLOCK.instant())
                .withChoice(q3, q3.bestPractices().get(0).id(), true).changed("Anna", CLOCK.instant()));
        return new Fixture(w, s.review().id(), q1, q3);
    }

    private static void sql(Services services, String statement, Object... values) throws Exception {
        try (Connection c = services.database().connection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    @Test
    void everyEditIsOnAnIntactChainThatMatchesTheAnswers() {
        try (Services services = Services.open(dir, CLOCK)) {
            Fixture f = answered(services);
            AuditVerification v = services.engagement().verifier().verify(f.workload().id());
            assertThat(v.ok()).as(v.problems().toString()).isTrue();
            assertThat(v.head().records()).isEqualTo(4);
            List<AuditRecord> records = services.engagement().audit().all(f.workload().id());
            assertThat(records).extracting(AuditRecord::kind).containsExactly(ChangeKind.WORKLOAD_CREATED,
                    ChangeKind.ANSWER_CHANGED, ChangeKind.ANSWER_CHANGED, ChangeKind.ANSWER_CHANGED);
            assertThat(records.get(0).previousHash()).isEqualTo(AuditRecordHasher.GENESIS);
            for (int i = 1; i < records.size(); i++) {
                assertThat(records.get(i).previousHash()).isEqualTo(records.get(i - 1).hash());
            }
            AuditRecord second = records.get(2);
            assertThat(second.reviewer()).isEqualTo("Ben");
            assertThat(second.osUser()).isEqualTo(System.getProperty("user.name"));
            assertThat(second.summary()).isEqualTo("SEC01: ticked SEC01-BP02");
            assertThat(second.before()).contains("\"selected\":[\"" + f.sec01().bestPractices().get(0).id() + "\"]");
            assertThat(second.at()).isEqualTo(Instant.parse("2026-11-29T09:30:00.123Z"));
            assertThat(services.engagement().audit().aboutQuestion(f.workload().id(), f.sec01().id())).hasSize(2);
            assertThat(v.head().hash()).isEqualTo(records.get(3).hash());
        }
    }

    @Test
    void theHashIsTheDocumentedSha256OfTheCanonicalArray() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            Fixture f = answered(services);
            for (AuditRecord r : services.engagement().audit().all(f.workload().id())) {
                List<Object> array = new ArrayList<>(List.of(r.sequence(), "2026-11-29T09:30:00.123Z", r.kind().name(),
                        r.subject(), r.summary(), r.before(), r.after(), r.reviewer(), r.osUser(), r.previousHash()));
                // an independent writer of the documented form: compact JSON, strings escaped as JSON does
                String canonical = JsonMapper.builder().build().writeValueAsString(array);
                assertThat(Sha256.hex(canonical)).as("record " + r.sequence()).isEqualTo(r.hash());
            }
        }
    }

    @Test
    void timesAreWrittenWithMillisecondsAlways() {
        assertThat(AuditRecordHasher.instant(Instant.parse("2026-11-29T09:30:00Z"))).isEqualTo("2026-11-29T09:30:00.000Z");
        assertThat(AuditRecordHasher.instant(Instant.parse("2026-01-02T03:04:05.678901Z"))).isEqualTo("2026-01-02T03:04:05.678Z");
        assertThat(AuditRecordHasher.instant(Instant.parse("+12026-01-02T03:04:05.006Z"))).isEqualTo("+12026-01-02T03:04:05.006Z");
    }

    @Test
    void anAnswerChangedInTheDatabaseIsFoundAndLocated() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            Fixture f = answered(services);
            sql(services, "UPDATE answer SET notes = ? WHERE review_id = ? AND question_id = ?", "Edited in a SQL console",
                    f.reviewId(), f.sec01().id());
            AuditVerification v = services.engagement().verifier().verify(f.workload().id());
            assertThat(v.ok()).isFalse();
            assertThat(v.chainIntact()).isTrue();
            assertThat(v.matchesStore()).isFalse();
            assertThat(v.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(AuditProblem.Kind.ANSWER_DIFFERS);
                assertThat(p.where()).isEqualTo("\"Payments API\", SEC01");
                assertThat(p.record()).hasValue(3);
                assertThat(p.message()).contains("SEC01", "record 3", "the notes differ", "outside the workbench");
            });
        }
    }

    @Test
    void aTickRemovedOrAddedInTheDatabaseIsFound() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            Fixture f = answered(services);
            sql(services, "DELETE FROM answer_choice WHERE review_id = ? AND question_id = ?", f.reviewId(), f.sec03().id());
            Question q2 = services.reviews().open(f.workload().id()).questions().get(1);
            sql(services, "INSERT INTO answer (review_id, question_id, notes, changed_by, changed_at) VALUES (?,?,?,?,?)",
                    f.reviewId(), q2.id(), "", "nobody", java.time.OffsetDateTime.now());
            AuditVerification v = services.engagement().verifier().verify(f.workload().id());
            assertThat(v.problems()).extracting(AuditProblem::where)
                    .containsExactly("\"Payments API\", SEC02", "\"Payments API\", SEC03");
            assertThat(v.problems().get(0).message()).contains("never recorded it");
            assertThat(v.problems().get(1).message()).contains("the ticked practices differ");
        }
    }

    @Test
    void aRecordEditedInTheDatabaseIsFoundByItsHash() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            Fixture f = answered(services);
            sql(services, "UPDATE audit_record SET reviewer = ? WHERE workload_id = ? AND seq = 2", "Mallory", f.workload().id());
            AuditVerification v = services.engagement().verifier().verify(f.workload().id());
            assertThat(v.chainIntact()).isFalse();
            assertThat(v.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(AuditProblem.Kind.RECORD_ALTERED);
                assertThat(p.record()).hasValue(2);
                assertThat(p.where()).isEqualTo("\"Payments API\", record 2, SEC01");
            });
        }
    }

    @Test
    void aRecordAndItsAnswerRewrittenTogetherAreFoundThroughTheNextRecord() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            Fixture f = answered(services);
            // a careful forger rewrites record 3's state, recomputes its hash, and changes the answer to match
            AuditRecord r3 = services.engagement().audit().all(f.workload().id()).get(2);
            String forged = r3.after().replace("second line", "forged line");
            AuditRecord rehashed = new AuditRecordHasher().withHash(new AuditRecord(r3.sequence(), r3.at(), r3.kind(),
                    r3.subject(), r3.summary(), r3.before(), forged, r3.reviewer(), r3.osUser(), r3.previousHash(), ""));
            sql(services, "UPDATE audit_record SET after_state = ?, record_hash = ? WHERE workload_id = ? AND seq = 3",
                    forged, rehashed.hash(), f.workload().id());
            sql(services, "UPDATE answer SET notes = REPLACE(notes, 'second line', 'forged line') WHERE review_id = ?",
                    f.reviewId());
            AuditVerification v = services.engagement().verifier().verify(f.workload().id());
            assertThat(v.problems()).singleElement().satisfies(p -> {
                assertThat(p.kind()).isEqualTo(AuditProblem.Kind.CHAIN_BROKEN);
                assertThat(p.record()).hasValue(4);
            });
        }
    }

    @Test
    void aDeletedRecordIsFound() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            Fixture f = answered(services);
            sql(services, "DELETE FROM audit_record WHERE workload_id = ? AND seq = 2", f.workload().id());
            AuditVerification v = services.engagement().verifier().verify(f.workload().id());
            assertThat(v.problems()).extracting(AuditProblem::kind).containsExactly(AuditProblem.Kind.RECORD_MISSING);
            assertThat(v.problems().get(0).message()).contains("Records 2 of \"Payments API\" are missing");
            assertThat(v.problems().get(0).record()).hasValue(3);
        }
    }

    @Test
    void workloadDetailsAndMilestonesChangedInTheDatabaseAreFound() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            Fixture f = answered(services);
            services.engagement().milestones().create(f.workload().id(), "Workshop", "");
            sql(services, "UPDATE workload SET client = ? WHERE id = ?", "Other Bank", f.workload().id());
            sql(services, "UPDATE milestone SET content = REPLACE(content, 'Control Tower', 'Control Towel')");
            AuditVerification v = services.engagement().verifier().verify(f.workload().id());
            assertThat(v.problems()).extracting(AuditProblem::kind).containsExactlyInAnyOrder(
                    AuditProblem.Kind.WORKLOAD_DIFFERS, AuditProblem.Kind.MILESTONE_DIFFERS);
            assertThat(v.problems()).extracting(AuditProblem::where).contains("\"Payments API\", milestone \"Workshop\"");
        }
    }

    @Test
    void aChangeWhoseRecordCannotBeWrittenIsNotSavedEither() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            Fixture f = answered(services);
            sql(services, "ALTER TABLE audit_record ADD CONSTRAINT refuse_notes CHECK (kind <> 'NOTES_CHANGED')");
            Answer current = services.reviews().open(f.workload().id()).answer(f.sec03().id()).orElseThrow();
            assertThatThrownBy(() -> services.reviews().saveAnswer(f.reviewId(), current.withNotes("lost?")
                    .changed("Anna", CLOCK.instant()))).isInstanceOf(RuntimeException.class);
            assertThat(services.reviews().open(f.workload().id()).answer(f.sec03().id()).orElseThrow().notes()).isEmpty();
            assertThat(services.engagement().verifier().verify(f.workload().id()).ok()).isTrue();
        }
    }

    @Test
    void workloadsFromBeforeTheTrailGetABaselineWhenTheStoreOpens() throws Exception {
        long id;
        try (Services services = Services.open(dir, CLOCK)) {
            id = answered(services).workload().id();
            try (Connection c = services.database().connection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM audit_record");
            }
        }
        try (Services services = Services.open(dir, CLOCK)) {
            List<AuditRecord> records = services.engagement().audit().all(id);
            assertThat(records).extracting(AuditRecord::kind).containsExactly(ChangeKind.TRAIL_STARTED,
                    ChangeKind.WORKLOAD_BASELINE, ChangeKind.ANSWER_BASELINE, ChangeKind.ANSWER_BASELINE);
            assertThat(services.engagement().verifier().verify(id).ok()).isTrue();
        }
    }

    @Test
    void identicalSavesLeaveNoRecordAndWorkloadEditsNameTheirFields() {
        try (Services services = Services.open(dir, CLOCK)) {
            Fixture f = answered(services);
            Answer same = services.reviews().open(f.workload().id()).answer(f.sec03().id()).orElseThrow();
            services.reviews().saveAnswer(f.reviewId(), same.changed("Carla", CLOCK.instant()));
            services.reviews().update(f.workload().id(), f.workload().draft().validated());
            services.reviews().update(f.workload().id(), new WorkloadDraft("Payments API v2", "Zürich Bank AG",
                    "Card payments", null, List.of("111122223333"), List.of("eu-central-2"), "Anna Müller"));
            assertThat(services.engagement().audit().head(f.workload().id()).records()).isEqualTo(5);
            AuditRecord last = services.engagement().audit().latest(f.workload().id(), 0, 1).get(0);
            assertThat(last.kind()).isEqualTo(ChangeKind.WORKLOAD_UPDATED);
            assertThat(last.summary()).isEqualTo("Changed name");
            assertThat(services.engagement().verifier().verify(f.workload().id()).ok()).isTrue();
        }
    }
}
