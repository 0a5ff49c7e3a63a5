package io.secpillar.storage;

import io.secpillar.app.Services;
import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.Workload;
import io.secpillar.evidence.CheckInfo;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.NewEvidenceRun;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.port.EvidenceStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs and results in a real H2 file, across close and reopen. */
class JdbcEvidenceRepositoryTest {

    @TempDir
    Path dir;

    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");
    static final CheckInfo ENC = new CheckInfo("s3_bucket_default_encryption", "S3 buckets encrypt by default", "s3",
            Severity.HIGH, Scope.GLOBAL, "Turn on default encryption.");

    static NewEvidenceRun newRun(Optional<Long> workload) {
        return new NewEvidenceRun(workload, List.of("prod"), List.of("111122223333"), List.of("eu-west-1"),
                "1 checks #abcd", T0, List.of(ENC));
    }

    static EvidenceResult result(String bucket, Status status) {
        return new EvidenceResult(new Finding(ENC.id(), status, "111122223333", "global", "arn:aws:s3:::" + bucket,
                "reason " + bucket, Map.of("SSEAlgorithm", "aws:kms", "bucket", bucket), "<Rule>…</Rule>"), ENC,
                List.of("SEC08-BP02"));
    }

    @Test
    void aRunKeepsItsResultsAndCheckTextsAcrossReopen() {
        long runId;
        try (Database db = Database.open(dir)) {
            EvidenceStore store = new JdbcEvidenceRepository(db);
            runId = store.startRun(newRun(Optional.empty()));
            store.append(runId, List.of(result("a", Status.PASS), result("b", Status.FAIL)));
            store.append(runId, List.of(result("c", Status.COULD_NOT_ASSESS)));
            store.finish(runId, EvidenceRunInfo.State.COMPLETED, T0.plusSeconds(60), Optional.empty());
        }
        try (Database db = Database.open(dir)) {
            EvidenceStore store = new JdbcEvidenceRepository(db);
            EvidenceRunInfo run = store.run(runId).orElseThrow();
            assertThat(run.state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
            assertThat(run.startedAt()).isEqualTo(T0);
            assertThat(run.endedAt()).contains(T0.plusSeconds(60));
            assertThat(run.profiles()).containsExactly("prod");
            assertThat(run.catalogVersion()).isEqualTo("1 checks #abcd");
            List<EvidenceResult> results = store.results(runId);
            assertThat(results).containsExactly(result("a", Status.PASS), result("b", Status.FAIL),
                    result("c", Status.COULD_NOT_ASSESS));
            assertThat(store.error(runId)).isEmpty();
        }
    }

    @Test
    void runsAreNeverOverwrittenAndListNewestFirstPerWorkload() {
        try (Services services = Services.open(dir, Clock.fixed(T0, ZoneOffset.UTC))) {
            Workload w = services.demo().create();
            EvidenceStore store = services.evidence();
            long first = store.startRun(newRun(Optional.of(w.id())));
            long second = store.startRun(newRun(Optional.of(w.id())));
            long loose = store.startRun(newRun(Optional.empty()));
            store.append(first, List.of(result("a", Status.FAIL)));
            store.append(second, List.of(result("a", Status.PASS)));
            assertThat(store.runsForWorkload(w.id())).extracting(EvidenceRunInfo::id).containsSubsequence(second, first)
                    .doesNotContain(loose);
            assertThat(store.findings(first)).extracting(Finding::status).containsExactly(Status.FAIL);
            assertThat(store.findings(second)).extracting(Finding::status).containsExactly(Status.PASS);
            assertThat(store.runs()).extracting(EvidenceRunInfo::id).startsWith(loose, second, first);
        }
    }

    @Test
    void aRunLeftRunningByACrashIsMarkedInterruptedOnNextOpenWithItsResultsKept() {
        long runId;
        try (Services services = Services.open(dir, Clock.fixed(T0, ZoneOffset.UTC))) {
            runId = services.evidence().startRun(newRun(Optional.empty()));
            services.evidence().append(runId, List.of(result("a", Status.FAIL)));
            // no finish(): the process "dies" here
        }
        try (Services services = Services.open(dir, Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC))) {
            EvidenceRunInfo run = services.evidence().run(runId).orElseThrow();
            assertThat(run.state()).isEqualTo(EvidenceRunInfo.State.FAILED);
            assertThat(run.endedAt()).contains(T0.plusSeconds(3600));
            assertThat(services.evidence().error(runId)).get().asString().startsWith("Interrupted");
            assertThat(services.evidence().findings(runId)).hasSize(1);
        }
    }

    @Test
    void evidenceDecisionsAreKeptAsHistoryAndTheLatestCounts() {
        try (Services services = Services.open(dir, Clock.fixed(T0, ZoneOffset.UTC))) {
            Workload w = services.demo().create();
            long reviewId = services.reviews().open(w.id()).review().id();
            long runId = services.evidence().startRun(newRun(Optional.of(w.id())));
            services.evidenceDecisions().accepted(reviewId, "protect_data_rest", "sec_protect_data_rest_encrypt", runId, "Dana");
            services.evidenceDecisions().overridden(reviewId, "protect_data_rest", "sec_protect_data_rest_encrypt", runId, "Dana");
            services.evidenceDecisions().accepted(reviewId, "identities", "sec_identities_unique", runId, "Dana");
        }
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            long reviewId = services.reviews().open(services.demo().existing().orElseThrow().id()).review().id();
            Map<String, EvidenceDecision> current = services.evidenceDecisions().current(reviewId);
            assertThat(current).hasSize(2);
            assertThat(current.get("protect_data_rest/sec_protect_data_rest_encrypt").kind())
                    .isEqualTo(EvidenceDecision.Kind.OVERRIDDEN);
            assertThat(services.evidenceDecisions().current(reviewId, "identities", "sec_identities_unique"))
                    .get().extracting(EvidenceDecision::label).asString().startsWith("Accepted from evidence run ");
        }
    }
}
