package io.secpillar.bench;

import io.secpillar.app.Services;
import io.secpillar.assessment.CanonicalJson;
import io.secpillar.assessment.Change;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.assessment.audit.AuditRecord;
import io.secpillar.assessment.audit.AuditRecordHasher;
import io.secpillar.assessment.audit.AuditVerification;
import io.secpillar.assessment.audit.ChainHead;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import io.secpillar.storage.JdbcAuditRepository;
import io.secpillar.storage.JdbcReviewRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verification of a workload's audit trail of 100,000 records (answer edits with notes, as a long engagement with
 * many reviewers would leave), read from the H2 file, best of three. Target: under 2 s.
 * Run: mvn -o -Pbench verify -Dtest=AuditVerifyBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 */
@Tag("benchmark")
class AuditVerifyBenchmark {

    private static final int RECORDS = 100_000;
    private static final int ROUNDS = 3;

    @TempDir
    Path dir;

    @Test
    void verifiesAHundredThousandRecords() {
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            Workload w = services.reviews().create(new WorkloadDraft("Long engagement", "", "", null, List.of(), List.of(),
                    ""), services.lenses().bundled());
            ReviewSnapshot s = services.reviews().open(w.id());
            JdbcAuditRepository audit = new JdbcAuditRepository(services.database());
            AuditRecordHasher hasher = new AuditRecordHasher();
            ChainHead head = audit.head(w.id());
            Map<String, Answer> last = new HashMap<>();
            List<AuditRecord> batch = new ArrayList<>();
            Instant at = Instant.now();
            Map<String, String> before = new HashMap<>();
            for (int i = 0; head.records() + batch.size() < RECORDS; i++) {
                Question q = s.questions().get(i % s.questions().size());
                Answer a = Answer.empty(q.id(), at).withChoice(q, q.bestPractices().get(i % q.bestPractices().size()).id(), true)
                        .withNotes("Edit " + i + ": notes typed in the workshop about " + q.id() + " — Zürich ≥ ✓, "
                                + "with enough words to look like real notes taken by a reviewer.").changed("Reviewer " + (i % 7), at);
                String after = CanonicalJson.answer(a);
                AuditRecord r = hasher.seal(new ChainHead(head.records() + batch.size(), batch.isEmpty() ? head.hash()
                        : batch.get(batch.size() - 1).hash()), at, new Change(ChangeKind.ANSWER_CHANGED, q.id(),
                        q.id() + ": edit " + i, before.getOrDefault(q.id(), ""), after, Optional.of(a.changedBy())),
                        a.changedBy(), "bench");
                batch.add(r);
                before.put(q.id(), after);
                last.put(q.id(), a);
                if (batch.size() == 10_000) {
                    audit.appendAll(w.id(), batch);
                    head = new ChainHead(head.records() + batch.size(), batch.get(batch.size() - 1).hash());
                    batch.clear();
                }
            }
            audit.appendAll(w.id(), batch);
            JdbcReviewRepository reviews = new JdbcReviewRepository(services.database());
            last.values().forEach(a -> reviews.saveAnswer(s.review().id(), a));

            double best = Double.MAX_VALUE;
            AuditVerification v = null;
            for (int i = 0; i < ROUNDS; i++) {
                long start = System.nanoTime();
                v = services.engagement().verifier().verify(w.id());
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
            assertThat(v.ok()).as(v.problems().toString()).isTrue();
            assertThat(v.head().records()).isEqualTo(RECORDS);
            BenchReport.write("audit-verify", String.format(Locale.ROOT, """
                    audit trail of %,d records (answer edits with notes), chain walked and compared with the stored answers
                    verification: %.2f s (best of %d)   target < 2 s
                    """, RECORDS, best, ROUNDS));
            assertThat(best).as("verification seconds").isLessThan(2.0);
        }
    }
}
