package io.secpillar.assessment.disagreement;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewEvidence;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.pillar.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the demo's answers and its newest evidence run disagree, with the reviewer's decisions beside them. */
class DisagreementsTest {

    @TempDir
    Path dir;

    @Test
    void tickedWhileFailingAndUntickedWhilePassingAreFlaggedWithTheirDecision() {
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            Workload w = services.demo().create();
            ReviewSnapshot review = services.reviews().open(w.id());
            long latest = services.evidence().runsForWorkload(w.id()).get(0).id();
            Question sec08 = review.lens().lens().questions().get(7);
            String bp02 = sec08.bestPractices().get(1).id();
            services.evidenceDecisions().overridden(review.review().id(), sec08.id(), bp02, latest, "Anna");
            ReviewEvidence evidence = ReviewEvidence.load(services.evidence(), services.evidenceDecisions(),
                    CheckMapping.bundled(), w.id(), review.review().id());

            List<Disagreement> found = Disagreements.find(review, evidence);
            Disagreement ticked = found.stream().filter(d -> d.practice().label().equals("SEC08-BP02")).findFirst().orElseThrow();
            assertThat(ticked.kind()).isEqualTo(Disagreement.Kind.TICKED_BUT_FAILING);
            assertThat(ticked.acknowledged()).isTrue();
            assertThat(ticked.sentence()).isEqualTo("SEC08-BP02: Ticked as in place, but its checks fail (run " + latest
                    + "). Overrode evidence run " + latest + ".");
            Disagreement unticked = found.stream().filter(d -> d.practice().label().equals("SEC10-BP03")).findFirst().orElseThrow();
            assertThat(unticked.kind()).isEqualTo(Disagreement.Kind.UNTICKED_BUT_PASSING);
            assertThat(unticked.decision()).isEmpty();
            assertThat(found).noneMatch(d -> d.practice().label().startsWith("SEC07") || d.practice().label().startsWith("SEC11"));
            Map<String, List<Disagreement>> byQuestion = Disagreements.byQuestion(review, evidence);
            assertThat(byQuestion.get(sec08.id())).contains(ticked);
        }
    }
}
