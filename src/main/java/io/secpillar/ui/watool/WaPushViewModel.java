package io.secpillar.ui.watool;

import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.ui.common.Background;
import io.secpillar.watool.LensMode;
import io.secpillar.watool.PlannedCall;
import io.secpillar.watool.PushPlanner;
import io.secpillar.watool.PushReport;
import io.secpillar.watool.PushRequest;
import io.secpillar.watool.RegionCode;
import io.secpillar.watool.WaToolException;
import io.secpillar.watool.WaToolPush;
import io.secpillar.watool.aws.SdkWaToolPort;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

import java.util.List;
import java.util.Optional;

/**
 * The push dialog's state: profile, region, lens mode and milestone; the operations, IAM policy and planned calls
 * shown before anything is sent; the push itself as a background task with progress and cancel.
 */
public final class WaPushViewModel {

    public final StringProperty profile = new SimpleStringProperty("");
    public final StringProperty region = new SimpleStringProperty("");
    public final ObjectProperty<LensMode> mode = new SimpleObjectProperty<>(LensMode.MANAGED);
    public final StringProperty milestone = new SimpleStringProperty("");
    /** The operations, the policy and the plan for the current choices. */
    public final StringProperty preview = new SimpleStringProperty("");
    public final StringProperty log = new SimpleStringProperty("");
    public final StringProperty outcome = new SimpleStringProperty("");
    public final BooleanProperty running = new SimpleBooleanProperty();
    private final ObjectProperty<Task<PushReport>> task = new SimpleObjectProperty<>();

    private final WaToolContext context;
    private final ReviewSnapshot review;

    public WaPushViewModel(WaToolContext context, ReviewSnapshot review) {
        this.context = context;
        this.review = review;
        if (context.profiles().size() == 1) {
            profile.set(context.profiles().get(0));
        }
        mode.addListener((o, was, now) -> refreshPreview());
        milestone.addListener((o, was, now) -> refreshPreview());
        refreshPreview();
    }

    public List<String> profiles() {
        return context.profiles();
    }

    public String workloadName() {
        return review.workload().name();
    }

    public ObjectProperty<Task<PushReport>> taskProperty() {
        return task;
    }

    private Optional<PushRequest> request() {
        try {
            return Optional.of(new PushRequest(review, mode.get(), Optional.of(milestone.get()), context.reviewer()));
        } catch (WaToolException e) {
            preview.set(e.getMessage());
            return Optional.empty();
        }
    }

    private void refreshPreview() {
        request().ifPresent(r -> preview.set(describe(r)));
    }

    static String describe(PushRequest request) {
        StringBuilder b = new StringBuilder("The push's client may send only these operations:\n");
        request.accessList().describe().forEach(line -> b.append("  ").append(line).append('\n'));
        b.append("\nPlanned calls, in order:\n");
        List<PlannedCall> plan = PushPlanner.plan(request);
        for (int i = 0; i < plan.size(); i++) {
            b.append(String.format("%3d. %s%n", i + 1, plan.get(i)));
        }
        b.append("\nIAM policy the profile needs:\n").append(request.accessList().policyJson());
        return b.toString();
    }

    /** Why the push cannot start yet, or empty when it can. */
    public Optional<String> problem() {
        if (profile.get() == null || profile.get().isBlank()) {
            return Optional.of("Choose the AWS profile to write with.");
        }
        if (!RegionCode.isValid(region.get())) {
            return Optional.of("Type the region of the client's WA Tool, e.g. eu-central-1.");
        }
        return request().isEmpty() ? Optional.of(preview.get()) : Optional.empty();
    }

    /** Starts the push in the background; progress and lines come back to the JavaFX thread. */
    public void push() {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            outcome.set(problem.get());
            return;
        }
        PushRequest request = request().orElseThrow();
        String chosenProfile = profile.get().strip();
        String chosenRegion = region.get().strip();
        log.set("");
        outcome.set("Pushing…");
        running.set(true);
        Task<PushReport> push = new Task<>() {
            @Override
            protected PushReport call() {
                try (SdkWaToolPort port = context.connector().open(chosenProfile, chosenRegion,
                        request.accessList())) {
                    return new WaToolPush(port).run(request, (line, done, total) -> {
                        updateProgress(done, total);
                        Platform.runLater(() -> log.set(log.get() + line + "\n"));
                    }, this::isCancelled);
                }
            }
        };
        push.setOnSucceeded(e -> finished(push.getValue()));
        push.setOnFailed(e -> {
            running.set(false);
            outcome.set("The push could not start: " + Background.reason(push.getException()));
        });
        push.setOnCancelled(e -> {
            running.set(false);
            outcome.set("Cancelled after the call under way; see the lines above for what was written.");
        });
        task.set(push);
        Background.start("The push to the WA Tool failed", push);
    }

    public void cancel() {
        Task<PushReport> t = task.get();
        if (t != null && t.isRunning()) {
            t.cancel(false);
        }
    }

    private void finished(PushReport report) {
        running.set(false);
        StringBuilder b = new StringBuilder();
        report.ids().filter(ids -> !ids.allMapped()).ifPresent(ids -> b.append(ids.summary()).append(".\n"));
        report.notes().forEach(n -> b.append(n).append('\n'));
        if (report.failure().isPresent()) {
            b.insert(0, report.failure().get() + "\n");
        } else if (report.cancelled()) {
            b.insert(0, "Cancelled. Answers written: " + (report.written().isEmpty() ? "none"
                    : String.join(", ", report.written())) + ".\n");
        } else {
            b.insert(0, "Done: workload " + report.workloadId() + " (" + (report.workloadCreated() ? "created"
                    : "found") + "), " + report.written().size() + " answer(s) written"
                    + report.milestoneNumber().map(n -> ", milestone number " + n).orElse("") + ".\n");
        }
        outcome.set(b.toString().strip());
    }
}
