package io.secpillar.report.pdf;

import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.port.SettingsRepository;
import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.checks.CheckCatalog;
import io.secpillar.evidence.port.EvidenceRepository;
import io.secpillar.report.BrandingSettings;
import io.secpillar.report.ReportEvidence;
import io.secpillar.report.ReportModelBuilder;
import io.secpillar.report.signing.SelfSignedCertificate;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything the report needs from the rest of the workbench, handed in by the composition root: the reviews,
 * the evidence store, the settings (branding), the data directory (the self-signed certificate), who the
 * reviewer is, and the workbench version; plus check titles from the catalog and the best-practice mapping.
 * Shared by the export dialog and the report command.
 */
public final class ReportKit {

    private final ReviewService reviews;
    private final Optional<EvidenceRepository> evidence;
    private final SettingsRepository settings;
    private final Path dataDirectory;
    private final Supplier<String> reviewerName;
    private final String version;
    private final Map<String, CheckMetadata> checks;
    private final CheckMapping mapping;

    public ReportKit(ReviewService reviews, Optional<EvidenceRepository> evidence, SettingsRepository settings,
                     Path dataDirectory, Supplier<String> reviewerName, String version) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.settings = settings;
        this.dataDirectory = dataDirectory;
        this.reviewerName = reviewerName;
        this.version = version;
        Map<String, CheckMetadata> byId = new LinkedHashMap<>();
        for (Check<?> check : CheckCatalog.all()) {
            byId.put(check.metadata().id(), check.metadata());
        }
        this.checks = Map.copyOf(byId);
        this.mapping = CheckMapping.bundled();
    }

    /** The review of the workload as it is stored now. */
    public ReviewSnapshot review(long workloadId) {
        return reviews.open(workloadId);
    }

    /** The name the report is issued by when it is not signed. */
    public String reviewerName() {
        return reviewerName.get();
    }

    public Clock clock() {
        return reviews.clock();
    }

    public String version() {
        return version;
    }

    public ReportEvidence evidenceFor(long workloadId) {
        return ReportEvidence.load(evidence, workloadId, checks);
    }

    /** Builds report models with the same mapping the export uses (the preview needs it too). */
    public ReportModelBuilder modelBuilder() {
        return new ReportModelBuilder(mapping);
    }

    public ReportExporter exporter() {
        return new ReportExporter(mapping, reviews.clock(), version);
    }

    public BrandingSettings branding() {
        return new BrandingSettings(settings);
    }

    public SelfSignedCertificate selfSigned() {
        return new SelfSignedCertificate(dataDirectory);
    }
}
