package io.secpillar;

import io.secpillar.assessment.DemoWorkload;
import io.secpillar.assessment.LensLibrary;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.port.SettingsRepository;
import io.secpillar.evidence.port.EvidenceRepository;
import io.secpillar.storage.Database;
import io.secpillar.storage.JdbcLensRepository;
import io.secpillar.storage.JdbcReviewRepository;
import io.secpillar.storage.JdbcSettingsRepository;
import io.secpillar.storage.JdbcWorkloadRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * Composition root shared by the window and the command line: opens the store in the data directory and
 * wires the adapters to the core services. No logic lives here.
 */
public final class Services implements AutoCloseable {

    public static final String REVIEWER_NAME_KEY = "reviewer.name";

    private final Database database;
    private final SettingsRepository settings;
    private final LensLibrary lenses;
    private final ReviewService reviews;

    private Services(Database database, Clock clock) {
        this.database = database;
        this.settings = new JdbcSettingsRepository(database);
        this.lenses = new LensLibrary(new JdbcLensRepository(database));
        this.reviews = new ReviewService(new JdbcWorkloadRepository(database), new JdbcReviewRepository(database),
                lenses, clock);
    }

    /** Opens (creating or migrating as needed) the store in the directory; fails with a message for the user. */
    public static Services open(Path dataDirectory, Clock clock) {
        return new Services(Database.open(dataDirectory), clock);
    }

    public Database database() {
        return database;
    }

    public Path dataDirectory() {
        return database.directory();
    }

    public SettingsRepository settings() {
        return settings;
    }

    public LensLibrary lenses() {
        return lenses;
    }

    public ReviewService reviews() {
        return reviews;
    }

    /** Stored evidence runs, read by the report; empty until the evidence store is wired in here. */
    public Optional<EvidenceRepository> evidenceRepository() {
        return Optional.empty();
    }

    public DemoWorkload demo() {
        return new DemoWorkload(reviews);
    }

    /** The name stamped on answers: the one set in the app, else the operating-system user. */
    public String reviewerName() {
        return settings.get(REVIEWER_NAME_KEY).filter(s -> !s.isBlank())
                .orElseGet(() -> System.getProperty("user.name", "reviewer"));
    }

    @Override
    public void close() {
        database.close();
    }
}
