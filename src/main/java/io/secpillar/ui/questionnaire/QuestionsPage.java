package io.secpillar.ui.questionnaire;

import io.secpillar.ui.page.OpenWorkload;
import io.secpillar.ui.page.Page;
import io.secpillar.ui.page.PageContext;
import io.secpillar.ui.page.PageView;
import io.secpillar.ui.page.Shortcut;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.List;

/** The review's questions, answered one at a time, with the evidence beside each best practice. */
public final class QuestionsPage implements Page {

    @Override
    public String id() {
        return "questions";
    }

    @Override
    public String title() {
        return "Questions";
    }

    @Override
    public Ikon icon() {
        return MaterialDesignC.CLIPBOARD_CHECK_OUTLINE;
    }

    @Override
    public Scope scope() {
        return Scope.WORKLOAD;
    }

    @Override
    public Shortcut shortcut() {
        return Shortcut.ctrl(KeyCode.DIGIT1, "Ctrl+1", "the questions");
    }

    @Override
    public List<Shortcut> keys() {
        return ReviewView.KEYS;
    }

    @Override
    public PageView open(PageContext context) {
        OpenWorkload workload = context.requireWorkload();
        ReviewViewModel model = new ReviewViewModel(workload.snapshot(), context.saver(), context.reviewer(),
                context.services().reviews().clock(), workload::rememberQuestion);
        workload.lastQuestion().ifPresent(model::showQuestion);
        ReviewView view = new ReviewView(model, context.openLink());
        PracticeEvidenceLoader evidence = new PracticeEvidenceLoader(context.services().evidence(),
                context.services().evidenceDecisions(), model, context.reviewer());
        evidence.load();
        workload.evidenceChangesProperty().addListener((o, was, now) -> evidence.load());
        return new PageView() {
            @Override
            public Node root() {
                return view.root();
            }

            @Override
            public boolean handleKey(KeyEvent event) {
                return view.handleKey(event);
            }

            @Override
            public void flush() {
                view.flushNotes();
            }
        };
    }
}
