package io.secpillar.ui.evidence;

import io.secpillar.ui.common.Background;
import io.secpillar.ui.page.OpenWorkload;
import io.secpillar.ui.page.Page;
import io.secpillar.ui.page.PageContext;
import io.secpillar.ui.page.PageView;
import io.secpillar.ui.page.Shortcut;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.util.List;
import java.util.Optional;

/**
 * The evidence from the workload's AWS accounts: scans and their results. The AWS side (profiles, clients) is
 * made in the background the first time the tab is chosen; every stored run tells the other pages.
 */
public final class EvidencePage extends Page {

    private static final Shortcut SEARCH = Shortcut.ctrl(KeyCode.F, "Ctrl+F  (Evidence)",
            "Search the evidence results (Shift+Tab reaches the filters)");

    public EvidencePage() {
        super("evidence", "Evidence from AWS", MaterialDesignR.RADAR, Scope.WORKLOAD,
                Shortcut.ctrl(KeyCode.DIGIT2, "Ctrl+2", "the evidence from AWS"), List.of(SEARCH));
    }

    @Override
    public PageView open(PageContext context) {
        OpenWorkload workload = context.requireWorkload();
        StackPane holder = new StackPane(new Label("Opening the evidence…"));
        holder.setAlignment(Pos.TOP_LEFT);
        MfaDialog mfa = new MfaDialog();
        java.util.concurrent.atomic.AtomicReference<EvidenceView> shown = new java.util.concurrent.atomic.AtomicReference<>();
        Background.run("The evidence view could not start", () -> context.services().scanners().apply(mfa), scanner -> {
            EvidenceView view = new EvidenceView(scanner, context.services().evidence(), Optional.of(workload.id()), mfa);
            shown.set(view);
            view.model().runs.addListener((ListChangeListener<Object>) c -> workload.evidenceChanged());
            holder.getChildren().setAll(view.root());
        }, e -> holder.getChildren().setAll(new Label("The evidence view could not start: " + e.getMessage())));
        return PageView.of(holder).withKeys(e -> SEARCH.matches(e) && shown.get() != null && shown.get().focusSearch());
    }
}
