package io.secpillar.ui.questionnaire;

import io.secpillar.ui.page.OpenWorkload;
import io.secpillar.ui.page.Page;
import io.secpillar.ui.page.PageContext;
import io.secpillar.ui.page.PageView;
import io.secpillar.ui.page.Shortcut;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The review's questions, answered one at a time, with the evidence beside each best practice. */
public final class QuestionsPage extends Page {

    public QuestionsPage() {
        super("questions", "Questions", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, Scope.WORKLOAD,
                Shortcut.ctrl(KeyCode.DIGIT1, "Ctrl+1", "the questions"), ReviewView.KEYS);
    }

    @Override
    public PageView open(PageContext context) {
        OpenWorkload workload = context.requireWorkload();
        ReviewViewModel model = new ReviewViewModel(workload.snapshot(), context.saver(), context.reviewer(),
                context.services().reviews().clock(), workload::rememberQuestion);
        workload.lastQuestion().ifPresent(model::showQuestion);
        ReviewView view = new ReviewView(model, context.openLink(), context.workshop());
        PracticeEvidenceLoader evidence = new PracticeEvidenceLoader(context.services().evidence(),
                context.services().evidenceDecisions(), model, context.reviewer());
        evidence.load();
        workload.evidenceChangesProperty().addListener((o, was, now) -> evidence.load());
        return PageView.of(view.root()).withKeys(view::handleKey).withFlush(view::flushNotes);
    }
}
