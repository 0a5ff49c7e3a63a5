package io.secpillar.assessment;

import io.secpillar.app.Services;
import io.secpillar.questionnaire.QuestionRisk;
import io.secpillar.questionnaire.RiskCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped demo is a whole review with a mix of outcomes, and opening it twice does not duplicate it. */
class DemoWorkloadTest {

    @TempDir
    Path dir;

    @Test
    void theDemoAnswersEveryQuestionWithAMixOfRisks() {
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            Workload demo = services.demo().openOrCreate();
            ReviewSnapshot snapshot = services.reviews().open(demo.id());
            Map<String, QuestionRisk> risks = new LinkedHashMap<>();
            snapshot.questions().forEach(q -> risks.put(snapshot.lens().questionLabel(q.id()), snapshot.risk(q.id())));
            assertThat(risks).containsEntry("SEC01", QuestionRisk.HIGH).containsEntry("SEC02", QuestionRisk.NONE)
                    .containsEntry("SEC07", QuestionRisk.NOT_APPLICABLE).containsEntry("SEC10", QuestionRisk.HIGH)
                    .containsEntry("SEC11", QuestionRisk.NOT_APPLICABLE);
            assertThat(snapshot.counts()).isEqualTo(new RiskCounts(3, 4, 2, 2, 0));
            assertThat(snapshot.answers().values()).allMatch(a -> !a.notes().isBlank()).allMatch(a -> a.changedBy().equals("Daniel Osei"));
            assertThat(services.demo().openOrCreate().id()).isEqualTo(demo.id());
            assertThat(services.reviews().summaries()).hasSize(1);
        }
    }
}
