package io.secpillar.ui.evidence;

import io.secpillar.evidence.port.EvidenceStore;
import io.secpillar.evidence.scan.EvidenceScanner;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

import java.util.Objects;
import java.util.Optional;

/**
 * The Evidence tab: scan controls on top, the stored runs with their filterable results in the middle, and
 * the raw evidence of the selected result on the right. Built in code; all work happens in the view model.
 */
public final class EvidenceView {

    private final EvidenceViewModel model;
    private final BorderPane root = new BorderPane();
    private final ScanBar scanBar;
    private final ResultsTable results;
    private final EvidenceDetailPane detail;

    /**
     * @param scanner    the engine over the AWS profiles of this machine (its AwsAccess gives the profiles)
     * @param store      where runs are stored and read back
     * @param workloadId the workload runs are attached to; empty shows every run
     * @param mfaPrompt  asked for MFA codes by assume-role profiles; given this view's window once shown
     */
    public EvidenceView(EvidenceScanner scanner, EvidenceStore store, Optional<Long> workloadId, MfaPrompt mfaPrompt) {
        this.model = new EvidenceViewModel(scanner, store, workloadId);
        this.scanBar = new ScanBar(model);
        this.results = new ResultsTable(model);
        this.detail = new EvidenceDetailPane(model);
        SplitPane split = new SplitPane(results.root(), detail.root());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.68);
        root.setTop(scanBar.root());
        root.setCenter(split);
        root.setId("evidence-view");
        root.getStylesheets().add(Objects.requireNonNull(EvidenceView.class.getResource("evidence.css")).toExternalForm());
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, before, window) -> {
                    if (window != null) {
                        mfaPrompt.attachTo(window);
                    }
                });
                if (scene.getWindow() != null) {
                    mfaPrompt.attachTo(scene.getWindow());
                }
            }
        });
        model.load();
    }

    public Parent root() {
        return root;
    }

    /** Ctrl+F: to the free-text search of the results; true as the key was used. */
    public boolean focusSearch() {
        results.search.requestFocus();
        results.search.selectAll();
        return true;
    }

    public EvidenceViewModel model() {
        return model;
    }
}
