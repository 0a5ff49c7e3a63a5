package io.secpillar.report.pdf;

import io.secpillar.Services;
import io.secpillar.Version;
import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.checks.CheckCatalog;
import io.secpillar.report.BrandingSettings;
import io.secpillar.report.ReportEvidence;
import io.secpillar.report.signing.SelfSignedCertificate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything the report needs from the rest of the workbench, assembled once from {@link Services}: the evidence
 * store, check titles from the catalog, the best-practice mapping, the branding and the self-signed certificate.
 * Shared by the export dialog and the report command.
 */
public final class ReportKit {

    private final Services services;
    private final Map<String, CheckMetadata> checks;
    private final CheckMapping mapping;

    private ReportKit(Services services, Map<String, CheckMetadata> checks, CheckMapping mapping) {
        this.services = services;
        this.checks = Map.copyOf(checks);
        this.mapping = mapping;
    }

    public static ReportKit of(Services services) {
        Map<String, CheckMetadata> checks = new LinkedHashMap<>();
        for (Check<?> check : CheckCatalog.all()) {
            checks.put(check.metadata().id(), check.metadata());
        }
        return new ReportKit(services, checks, CheckMapping.bundled());
    }

    public Services services() {
        return services;
    }

    public ReportEvidence evidenceFor(long workloadId) {
        return ReportEvidence.load(services.evidenceRepository(), workloadId, checks);
    }

    /** Builds report models with the same mapping the export uses (the preview needs it too). */
    public io.secpillar.report.ReportModelBuilder modelBuilder() {
        return new io.secpillar.report.ReportModelBuilder(mapping);
    }

    public ReportExporter exporter() {
        return new ReportExporter(mapping, services.reviews().clock(), Version.current());
    }

    public BrandingSettings branding() {
        return new BrandingSettings(services.settings());
    }

    public SelfSignedCertificate selfSigned() {
        return new SelfSignedCertificate(services.dataDirectory());
    }
}
