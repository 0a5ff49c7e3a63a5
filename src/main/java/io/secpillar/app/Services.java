package io.secpillar.app;

import io.secpillar.assessment.Actor;
import io.secpillar.assessment.DemoWorkload;
import io.secpillar.assessment.EvidenceDecisions;
import io.secpillar.assessment.LensLibrary;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.ReviewerName;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.audit.AuditTrail;
import io.secpillar.assessment.demo.DemoEngagement;
import io.secpillar.assessment.port.SettingsRepository;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.DemoEvidence;
import io.secpillar.evidence.aws.DefaultAwsAccess;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.evidence.port.EvidenceRepository;
import io.secpillar.evidence.port.EvidenceStore;
import io.secpillar.evidence.scan.EvidenceScanner;
import io.secpillar.evidence.scan.ScanSettings;
import io.secpillar.questionnaire.Answer;
import io.secpillar.report.pdf.ReportKit;
import io.secpillar.storage.Database;
import io.secpillar.storage.JdbcAuditRepository;
import io.secpillar.storage.JdbcEvidenceDecisionRepository;
import io.secpillar.storage.JdbcEvidenceRepository;
import io.secpillar.storage.JdbcLensRepository;
import io.secpillar.storage.JdbcReviewRepository;
import io.secpillar.storage.JdbcSettingsRepository;
import io.secpillar.storage.JdbcTransactions;
import io.secpillar.storage.JdbcWorkloadRepository;
import io.secpillar.watool.MilestoneImport;
import io.secpillar.watool.ReviewImport;
import io.secpillar.watool.aws.WaToolConnector;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Composition root shared by the window and the command line: opens the store in the data directory and
 * wires the adapters to the core services. No logic lives here.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final SettingsRepository settings;
    private final LensLibrary lenses;
    private final ReviewService reviews;
    private final Clock clock;
    private final EvidenceStore evidence;
    private final EvidenceDecisions evidenceDecisions;
    private final Engagement engagement;
    private DefaultAwsAccess awsAccess;
    private WaToolConnector waTool;

    private Services(Database database, Clock clock) {
        this.clock = clock;
        this.database = database;
        this.settings = new JdbcSettingsRepository(database);
        this.lenses = new LensLibrary(new JdbcLensRepository(database));
        AuditTrail audit = new AuditTrail(new JdbcAuditRepository(database), new JdbcTransactions(database), this::actor, clock);
        this.reviews = new ReviewService(new JdbcWorkloadRepository(database), new JdbcReviewRepository(database),
                lenses, clock, audit);
        this.evidence = new JdbcEvidenceRepository(database);
        // only one workbench opens a data directory at a time, so a run still RUNNING now was cut off by a crash
        this.evidence.markInterrupted(clock.instant());
        this.evidenceDecisions = new EvidenceDecisions(new JdbcEvidenceDecisionRepository(database), clock, reviews);
        this.engagement = Engagement.wire(database, audit, reviews, evidence, evidenceDecisions, clock);
        audit.startMissingTrails(reviews);
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

    /** Stored evidence runs, read by the report. */
    public Optional<EvidenceRepository> evidenceRepository() {
        return Optional.of(evidence);
    }

    /** Which answers were taken from evidence, and from which run. */
    public EvidenceDecisions evidenceDecisions() {
        return evidenceDecisions;
    }

    /** Milestones, improvement plan, audit trail, attachments, hand-over files and backups of this store. */
    public Engagement engagement() {
        return engagement;
    }

    /**
     * The AWS profiles of this machine, read-only: the one place the window and the scan command get AWS access
     * from. Made on first use with the given way to ask for MFA codes, and closed with these services.
     */
    public synchronized DefaultAwsAccess awsAccess(MfaCodeProvider mfa) {
        if (awsAccess == null) {
            awsAccess = DefaultAwsAccess.fromSystem(mfa);
        }
        return awsAccess;
    }

    /**
     * The AWS Well-Architected Tool push and pull: clients of their own, each limited to the operations it lists,
     * signing with the same profiles (and MFA codes) as the evidence engine. Closed with these services.
     */
    public synchronized WaToolConnector waTool(MfaCodeProvider mfa) {
        if (waTool == null) {
            awsAccess(mfa);
            waTool = new WaToolConnector(awsAccess::session);
        }
        return waTool;
    }

    /**
     * Stores a review pulled from the WA Tool as a new workload. Its milestones are read only by name until the
     * workbench's milestone model is wired in here (see {@link #waToolMilestones()}).
     */
    public ReviewImport waToolImport() {
        return new ReviewImport(reviews, waToolMilestones());
    }

    /** Where pulled WA Tool milestones go: nowhere yet, the workbench has no milestones of its own at this point. */
    MilestoneImport waToolMilestones() {
        return MilestoneImport.unavailable();
    }

    /** A scanner over the check catalog that reads AWS through the access and stores its runs here. */
    public EvidenceScanner evidenceScanner(DefaultAwsAccess access, ScanSettings settings) {
        return CatalogScanner.of(access, evidence, settings, clock);
    }

    /** What the report export needs: reviews, evidence, branding settings, the signing key's folder. */
    public ReportKit reportKit() {
        return new ReportKit(reviews, evidenceRepository(), settings, dataDirectory(), this::reviewerName,
                Version.current());
    }

    public DemoWorkload demo() {
        DemoEngagement around = engagement.demo(reviews, evidence, clock);
        return new DemoWorkload(reviews, new DemoWorkload.Stages() {
            @Override
            public void beforeAnswers(Workload w, List<Answer> answers) {
                DemoEvidence.importInto(evidence, w.id(), CheckMapping.bundled(), clock.instant());
                around.workshop(w, answers, DemoWorkload.reviewer());
            }

            @Override
            public void afterAnswers(Workload w) {
                around.followUp(w);
            }
        });
    }

    /** The name stamped on answers: the one set in the app, else the operating-system user. */
    public String reviewerName() {
        return reviewer().current();
    }

    public ReviewerName reviewer() {
        return new ReviewerName(settings);
    }

    /** Who changes things now: the reviewer name set in the app, and the operating-system user. */
    public Actor actor() {
        return new Actor(reviewerName(), System.getProperty("user.name", ""));
    }

    @Override
    public void close() {
        synchronized (this) {
            if (waTool != null) {
                waTool.close();
            }
            if (awsAccess != null) {
                awsAccess.close();
            }
        }
        database.close();
    }
}
