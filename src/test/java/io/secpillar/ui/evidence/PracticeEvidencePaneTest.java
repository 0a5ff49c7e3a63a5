package io.secpillar.ui.evidence;

import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.PracticeEvidence;
import io.secpillar.assessment.PracticeEvidenceSummarizer;
import io.secpillar.evidence.CheckInfo;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PracticeEvidencePaneTest {

    static final CheckInfo ENC = new CheckInfo("s3_bucket_default_encryption", "Buckets encrypt new objects by default",
            "s3", Severity.HIGH, Scope.GLOBAL, "");
    static final CheckMapping MAPPING = new CheckMapping(Map.of("SEC08-BP02", List.of(ENC.id())));

    final AtomicInteger accepted = new AtomicInteger();
    final AtomicInteger overridden = new AtomicInteger();
    StackPane holder;

    @Start
    void start(Stage stage) {
        holder = new StackPane();
        stage.setScene(new Scene(holder, 800, 400));
        stage.show();
    }

    static PracticeEvidence evidence(int failing, int passing, int unknown) {
        List<EvidenceResult> rs = new ArrayList<>();
        for (int i = 0; i < failing; i++) {
            rs.add(r("fail-" + i, Status.FAIL, "No default encryption"));
        }
        for (int i = 0; i < passing; i++) {
            rs.add(r("ok-" + i, Status.PASS, "Encrypted"));
        }
        for (int i = 0; i < unknown; i++) {
            rs.add(r("x-" + i, Status.COULD_NOT_ASSESS, "Access denied: the profile lacks the permission s3:GetEncryptionConfiguration"));
        }
        return new PracticeEvidenceSummarizer(MAPPING).summarize("SEC08-BP02", 4, rs);
    }

    static EvidenceResult r(String bucket, Status s, String reason) {
        return new EvidenceResult(new Finding(ENC.id(), s, "111122223333", "global", "arn:aws:s3:::" + bucket, reason,
                Map.of(), ""), ENC, List.of("SEC08-BP02"));
    }

    void show(FxRobot robot, PracticeEvidence e) {
        robot.interact(() -> holder.getChildren().setAll(new PracticeEvidencePane(e, Optional.empty(),
                accepted::incrementAndGet, overridden::incrementAndGet)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsCountsFailingResourcesFirstTheSuggestionAndCallsBack(FxRobot robot) {
        show(robot, evidence(7, 2, 1));
        assertThat(robot.lookup("#count-pass").queryAs(Label.class).getText()).isEqualTo("2");
        assertThat(robot.lookup("#count-fail").queryAs(Label.class).getText()).isEqualTo("7");
        assertThat(robot.lookup("#count-could_not_assess").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#suggestion").queryAs(Label.class).getText())
                .startsWith("Evidence suggests this is not in place: 7 of 9 S3 buckets fail");
        List<String> lines = robot.lookup(".practice-evidence-resource").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(lines).hasSize(PracticeEvidencePane.SHOWN_RESOURCES).allMatch(l -> l.contains("fail-"));
        assertThat(robot.lookup("and 3 more in the Evidence view").tryQuery()).isPresent();
        robot.clickOn("#accept-evidence");
        robot.clickOn("#override-evidence");
        assertThat(accepted.get()).isEqualTo(1);
        assertThat(overridden.get()).isEqualTo(1);
    }

    @Test
    void acceptIsOnlyOfferedWhenTheEvidenceIsClear(FxRobot robot) {
        show(robot, evidence(0, 0, 2));
        assertThat(robot.lookup("#accept-evidence").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#override-evidence").queryAs(Button.class).isDisabled()).isFalse();
        show(robot, evidence(0, 3, 0));
        assertThat(robot.lookup("#accept-evidence").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void showsTheDecisionInForce(FxRobot robot) {
        PracticeEvidence e = evidence(1, 1, 0);
        robot.interact(() -> holder.getChildren().setAll(new PracticeEvidencePane(e, Optional.of(new EvidenceDecision(1,
                "protect_data_rest", "sec_protect_data_rest_encrypt", 4, EvidenceDecision.Kind.ACCEPTED, "Dana",
                Instant.EPOCH)), () -> { }, () -> { })));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#evidence-decision").queryAs(Label.class).getText()).isEqualTo("Accepted from evidence run 4");
    }
}
