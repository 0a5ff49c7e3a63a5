package io.secpillar.assessment;

import io.secpillar.app.Services;
import io.secpillar.pillar.LensReaderTest;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.QuestionRisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A custom lens is validated before anything is stored, and a review made with it reopens with it. */
class LensLibraryTest {

    @TempDir
    Path dir;

    @Test
    void aValidCustomLensIsStoredAndUsableForAReview() {
        long workloadId;
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            LensLibrary.ImportResult result = services.lenses().importCustom(LensReaderTest.VALID.getBytes(StandardCharsets.UTF_8));
            LoadedLens lens = result.lens().orElseThrow();
            assertThat(lens.ref().alias()).isEqualTo("custom-small-lens");
            assertThat(lens.ref().version()).startsWith("sha256-").hasSize(23);
            assertThat(services.lenses().available()).extracting(l -> l.lens().name())
                    .containsExactly("Security Pillar Review (SecPillar)", "Small lens");
            Workload w = services.reviews().create(new WorkloadDraft("Side project", "", "", null, List.of(), List.of(), ""), lens);
            workloadId = w.id();
            ReviewSnapshot snapshot = services.reviews().open(w.id());
            var q = snapshot.questions().get(0);
            services.reviews().saveAnswer(snapshot.review().id(),
                    Answer.empty(q.id(), java.time.Instant.now()).withChoice(q, "c_high", true).changed("t", java.time.Instant.now()));
        }
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            ReviewSnapshot snapshot = services.reviews().open(workloadId);
            assertThat(snapshot.lens().lens().name()).isEqualTo("Small lens");
            assertThat(snapshot.lens().questionLabel("q_one")).isEqualTo("Q1");
            assertThat(snapshot.lens().practiceLabel("q_one", "c_med")).isEqualTo("Q1-BP2");
            assertThat(snapshot.risk("q_one")).isEqualTo(QuestionRisk.MEDIUM);
        }
    }

    @Test
    void anInvalidLensChangesNothing() {
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            LensLibrary.ImportResult result = services.lenses().importCustom(
                    LensReaderTest.VALID.replace("c_high && c_med", "c_high && nope").getBytes(StandardCharsets.UTF_8));
            assertThat(result.lens()).isEmpty();
            assertThat(result.problems()).singleElement().asString().contains("names \"nope\"");
            assertThat(services.lenses().available()).hasSize(1);
        }
    }
}
