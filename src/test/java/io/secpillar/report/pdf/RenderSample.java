package io.secpillar.report.pdf;

import io.secpillar.app.Services;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.report.Branding;
import io.secpillar.report.InMemoryEvidence;
import io.secpillar.report.ReportEvidence;
import io.secpillar.report.ReportFixtures;
import io.secpillar.report.ReportModel;
import io.secpillar.report.ReportModelBuilder;

import java.nio.file.Path;
import java.util.Optional;

/** Builds report models from fixtures for the renderer and signer tests. */
final class RenderSample {

    private RenderSample() {
    }

    static ReportModel demoModel(Services services, int findings, Branding branding) {
        ReviewSnapshot s = ReportFixtures.demo(services);
        InMemoryEvidence evidence = new InMemoryEvidence(s.workload().id());
        if (findings > 0) {
            evidence.addRun(findings / 2, 7, ReportFixtures.NOW.minusSeconds(86_400 * 9));
            evidence.addRun(findings, 42, ReportFixtures.NOW.minusSeconds(86_400 * 2));
        }
        return model(s, ReportEvidence.load(Optional.of(evidence), s.workload().id(), InMemoryEvidence.CHECKS),
                branding);
    }

    static ReportModel model(ReviewSnapshot s, ReportEvidence evidence, Branding branding) {
        return new ReportModelBuilder(InMemoryEvidence.mapping()).build(s, evidence,
                ReportSections.everything(branding, "Daniel Osei"), "0.1.0-test", ReportFixtures.NOW);
    }

    static Path dir() {
        return Path.of("target", "report-samples");
    }
}
