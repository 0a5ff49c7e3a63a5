package io.secpillar.selfcheck;

import io.secpillar.app.Services;
import io.secpillar.assessment.Environment;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.pillar.BundledLens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** A new H2 file database migrated by Flyway, a workload written, and read back after closing and reopening. */
final class StoreStep implements SelfCheck.Step {

    /** The workload the later steps (report, window) find in the store. */
    static final String WORKLOAD = "Self-check workload";

    static Path dataDir(Path scratch) {
        return scratch.resolve("data");
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public String run(Path scratch) {
        Path dir = dataDir(scratch);
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            services.reviews().create(new WorkloadDraft(WORKLOAD, "SecPillar", "Made by secpillar --self-check",
                    Environment.PREPRODUCTION, List.of("123456789012"), List.of("eu-west-1"), "self-check"),
                    BundledLens.load());
        }
        try (Services reopened = Services.open(dir, Clock.systemUTC())) {
            Workload w = reopened.reviews().findByIdOrName(WORKLOAD).orElseThrow(() ->
                    new IllegalStateException("the workload written before reopening is gone"));
            int questions = reopened.reviews().open(w.id()).lens().lens().questions().size();
            long bytes = Files.exists(dir.resolve("secpillar.mv.db")) ? dir.resolve("secpillar.mv.db").toFile().length() : 0;
            return String.format("H2 file created and migrated (Flyway), workload #%d with %d questions read back "
                    + "after reopening (%,d bytes)", w.id(), questions, bytes);
        }
    }
}
