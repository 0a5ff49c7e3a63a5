package io.secpillar.ui.shell;

import io.secpillar.Services;
import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.ReviewEvidence;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.scan.ScanSettings;
import io.secpillar.ui.common.Background;
import io.secpillar.ui.common.Icons;
import io.secpillar.ui.evidence.EvidenceView;
import io.secpillar.ui.evidence.MfaDialog;
import io.secpillar.ui.questionnaire.ReviewView;
import io.secpillar.ui.questionnaire.ReviewViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A workload's page: the questions, and the evidence from its AWS accounts. The evidence view is built the
 * first time it is shown; every finished run refreshes the evidence shown beside the best practices.
 */
final class ReviewPage {

    private final Services services;
    private final ReviewView review;
    private final Supplier<String> reviewer;
    private final TabPane tabs = new TabPane();
    private final Tab questionsTab;
    private final Tab evidenceTab;
    private EvidenceView evidence;

    ReviewPage(Services services, ReviewView review, Supplier<String> reviewer) {
        this.services = services;
        this.review = review;
        this.reviewer = reviewer;
        questionsTab = new Tab("Questions", review.root());
        questionsTab.setGraphic(Icons.of(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE));
        questionsTab.setId("tab-questions");
        evidenceTab = new Tab("Evidence from AWS", new Label("Opening the evidence…"));
        evidenceTab.setGraphic(Icons.of(MaterialDesignR.RADAR));
        evidenceTab.setId("tab-evidence");
        tabs.getTabs().addAll(questionsTab, evidenceTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("review-tabs");
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == evidenceTab && evidence == null) {
                openEvidence();
            }
        });
        loadEvidence();
    }

    TabPane root() {
        return tabs;
    }

    ReviewView review() {
        return review;
    }

    void showQuestions() {
        tabs.getSelectionModel().select(questionsTab);
    }

    void showEvidence() {
        tabs.getSelectionModel().select(evidenceTab);
    }

    boolean showsQuestions() {
        return tabs.getSelectionModel().getSelectedItem() == questionsTab;
    }

    private long workloadId() {
        return review.model().snapshot().workload().id();
    }

    private void openEvidence() {
        MfaDialog mfa = new MfaDialog();
        Background.run(() -> services.evidenceScanner(services.awsAccess(mfa), ScanSettings.defaults()), scanner -> {
            evidence = new EvidenceView(scanner, services.evidence(), Optional.of(workloadId()), mfa);
            evidence.model().runs.addListener((ListChangeListener<Object>) c -> loadEvidence());
            evidenceTab.setContent(evidence.root());
        }, e -> evidenceTab.setContent(new Label("The evidence view could not start: " + e.getMessage())));
    }

    /** Reads the newest finished run and the review's decisions, then shows them beside the best practices. */
    private void loadEvidence() {
        ReviewViewModel model = review.model();
        long reviewId = model.snapshot().review().id();
        Background.run(() -> ReviewEvidence.load(services.evidence(), services.evidenceDecisions(), CheckMapping.bundled(),
                workloadId(), reviewId), loaded -> model.setEvidence(loaded, this::record), e -> { });
    }

    private void record(EvidenceDecision.Kind kind, String questionId, String choiceId, long runId) {
        long reviewId = review.model().snapshot().review().id();
        String by = reviewer.get();
        Background.run(() -> kind == EvidenceDecision.Kind.ACCEPTED
                        ? services.evidenceDecisions().accepted(reviewId, questionId, choiceId, runId, by)
                        : services.evidenceDecisions().overridden(reviewId, questionId, choiceId, runId, by),
                review.model()::decisionRecorded,
                e -> review.model().reportProblem("The decision on the evidence was not saved: " + e.getMessage()));
    }
}
