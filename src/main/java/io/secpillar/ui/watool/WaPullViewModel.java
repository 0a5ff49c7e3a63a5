package io.secpillar.ui.watool;

import io.secpillar.assessment.Workload;
import io.secpillar.ui.common.Background;
import io.secpillar.watool.PulledReview;
import io.secpillar.watool.RegionCode;
import io.secpillar.watool.WaAccessList;
import io.secpillar.watool.WaToolPull;
import io.secpillar.watool.WaWorkloadSummary;
import io.secpillar.watool.aws.SdkWaToolPort;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The pull dialog's state: profile and region, the WA Tool workloads they see, and the import of one of them as a
 * new workbench workload. Every call runs in the background through the pull's read-only client.
 */
public final class WaPullViewModel {

    public final StringProperty profile = new SimpleStringProperty("");
    public final StringProperty region = new SimpleStringProperty("");
    public final ObservableList<WaWorkloadSummary> workloads = FXCollections.observableArrayList();
    public final StringProperty message = new SimpleStringProperty("");
    public final DoubleProperty progress = new SimpleDoubleProperty(0);
    public final BooleanProperty running = new SimpleBooleanProperty();

    private final WaToolContext context;

    public WaPullViewModel(WaToolContext context) {
        this.context = context;
        if (context.profiles().size() == 1) {
            profile.set(context.profiles().get(0));
        }
    }

    public List<String> profiles() {
        return context.profiles();
    }

    /** The operations the pull may send, for the dialog to show. */
    public static String allowed() {
        return "Reads only: " + String.join(", ", WaAccessList.pull().ordered().stream().map(o -> o.apiName())
                .toList()) + ".";
    }

    private Optional<String> problem() {
        if (profile.get() == null || profile.get().isBlank()) {
            return Optional.of("Choose the AWS profile to read with.");
        }
        if (!RegionCode.isValid(region.get())) {
            return Optional.of("Type the region of the client's WA Tool, e.g. eu-central-1.");
        }
        return Optional.empty();
    }

    public void list() {
        if (cannotStart()) {
            return;
        }
        String p = profile.get().strip();
        String r = region.get().strip();
        begin("Listing the workloads…");
        Background.run("The WA Tool workloads could not be listed", () -> {
            try (SdkWaToolPort port = context.connector().open(p, r, WaAccessList.pull())) {
                return new WaToolPull(port).workloads();
            }
        }, found -> {
            running.set(false);
            workloads.setAll(found);
            message.set(found.isEmpty() ? "The profile sees no workloads in the WA Tool of " + r + "."
                    : found.size() + " workload(s). Choose one and press Enter to import it.");
        }, this::failed);
    }

    /** Imports the workload as a new workbench workload and hands its id to {@code imported}. */
    public void importWorkload(WaWorkloadSummary chosen, LongConsumer imported) {
        if (chosen == null) {
            message.set("Choose the workload to import.");
            return;
        }
        if (cannotStart()) {
            return;
        }
        String p = profile.get().strip();
        String r = region.get().strip();
        begin("Importing \"" + chosen.name() + "\"…");
        Background.run("The WA Tool workload could not be imported", () -> {
            try (SdkWaToolPort port = context.connector().open(p, r, WaAccessList.pull())) {
                PulledReview pulled = new WaToolPull(port).read(chosen.id(), context.lens(),
                        context.importer().milestonesAvailable(), context.reviewer(), Instant.now(),
                        (line, done, total) -> Platform.runLater(() -> {
                            progress.set((double) done / total);
                            message.set(line);
                        }));
                Workload stored = context.importer().store(pulled, context.lens(), "");
                return new Imported(stored, pulled);
            }
        }, done -> {
            running.set(false);
            progress.set(1);
            message.set("Imported as \"" + done.stored().name() + "\": " + done.pulled().answers().size() + " of "
                    + context.lens().lens().questions().size() + " questions answered"
                    + (done.pulled().toolMilestones().isEmpty() || context.importer().milestonesAvailable() ? "."
                    : "; its " + done.pulled().toolMilestones().size() + " milestone(s) were not imported (the"
                    + " workbench cannot store milestones yet)."));
            imported.accept(done.stored().id());
        }, this::failed);
    }

    private record Imported(Workload stored, PulledReview pulled) {
    }

    private boolean cannotStart() {
        Optional<String> problem = problem();
        problem.ifPresent(message::set);
        return problem.isPresent() || running.get();
    }

    private void begin(String what) {
        running.set(true);
        progress.set(-1);
        message.set(what);
    }

    private void failed(Throwable e) {
        running.set(false);
        progress.set(0);
        message.set(Background.reason(e) + " Nothing was imported.");
    }
}
