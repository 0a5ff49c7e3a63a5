package io.secpillar;

import io.secpillar.assessment.DemoWorkload;
import io.secpillar.assessment.EvidenceDecisions;
import io.secpillar.assessment.LensLibrary;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.port.SettingsRepository;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.DemoEvidence;
import io.secpillar.evidence.ScanSettings;
import io.secpillar.evidence.aws.AwsAccess;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.ConnectionCheck;
import io.secpillar.evidence.aws.EvidenceScanner;
import io.secpillar.evidence.aws.ProfileInfo;
import io.secpillar.evidence.port.EvidenceStore;
import io.secpillar.storage.Database;
import io.secpillar.storage.JdbcEvidenceDecisionRepository;
import io.secpillar.storage.JdbcEvidenceRepository;
import io.secpillar.storage.JdbcLensRepository;
import io.secpillar.storage.JdbcReviewRepository;
import io.secpillar.storage.JdbcSettingsRepository;
import io.secpillar.storage.JdbcWorkloadRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
    private final Clock clock;
    private final EvidenceStore evidence;
    private final EvidenceDecisions evidenceDecisions;

    private Services(Database database, Clock clock) {
        this.clock = clock;
        this.database = database;
        this.settings = new JdbcSettingsRepository(database);
        this.lenses = new LensLibrary(new JdbcLensRepository(database));
        this.reviews = new ReviewService(new JdbcWorkloadRepository(database), new JdbcReviewRepository(database),
                lenses, clock);
        this.evidence = new JdbcEvidenceRepository(database);
        // only one workbench opens a data directory at a time, so a run still RUNNING now was cut off by a crash
        this.evidence.markInterrupted(clock.instant());
        this.evidenceDecisions = new EvidenceDecisions(new JdbcEvidenceDecisionRepository(database), clock);
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

    /** Stored evidence runs and their results. */
    public EvidenceStore evidence() {
        return evidence;
    }

    /** Which answers were taken from evidence, and from which run. */
    public EvidenceDecisions evidenceDecisions() {
        return evidenceDecisions;
    }

    /**
     * The AWS profiles of this machine, read-only. The one place the UI and the scan command get AWS access from.
     * Until the access layer is merged this answers that AWS access is unavailable.
     */
    public AwsAccess awsAccess() {
        return NO_AWS_ACCESS;
    }

    /** A scanner over the check catalog that stores its runs here. */
    public EvidenceScanner evidenceScanner(AwsAccess access, ScanSettings settings) {
        return EvidenceScanner.ofCatalog(access, evidence, settings, clock);
    }

    public DemoWorkload demo() {
        return new DemoWorkload(reviews, w -> DemoEvidence.importInto(evidence, w.id(), CheckMapping.bundled(), clock.instant()));
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

    private static final AwsAccess NO_AWS_ACCESS = new AwsAccess() {
        @Override
        public List<ProfileInfo> profiles() {
            return List.of();
        }

        @Override
        public ConnectionCheck testConnection(String profile) {
            return new ConnectionCheck(profile, Optional.empty(), Optional.empty(), List.of(),
                    Optional.of("AWS access is not available in this build."));
        }

        @Override
        public AwsClients clients(String profile) {
            throw new IllegalStateException("AWS access is not available in this build.");
        }
    };
}
