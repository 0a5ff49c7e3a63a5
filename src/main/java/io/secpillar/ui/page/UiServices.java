package io.secpillar.ui.page;

import io.secpillar.assessment.DemoWorkload;
import io.secpillar.assessment.EvidenceDecisions;
import io.secpillar.assessment.LensLibrary;
import io.secpillar.assessment.ReviewService;
import io.secpillar.assessment.ReviewerName;
import io.secpillar.assessment.port.SettingsRepository;
import io.secpillar.evidence.scan.EvidenceScanner;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.evidence.port.EvidenceStore;
import io.secpillar.report.pdf.ReportKit;
import io.secpillar.storage.DataDirectoryChoice;
import io.secpillar.watool.ReviewImport;
import io.secpillar.watool.aws.WaToolConnector;

import java.nio.file.Path;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the window's view models may use once the store is open, handed over by the composition root
 * ({@code io.secpillar.ui.App}). Views never see it; a page gives each view model the parts it needs.
 *
 * @param scanners     the evidence engine over this machine's AWS profiles, asking for MFA codes the given way
 * @param reportKit    the report's export, preview, branding and signing key (made on first use, in the background)
 * @param reviewerName the name stamped on answers (reads and writes the settings: call it in the background)
 * @param close        closes the store and the AWS clients when the window closes
 * @param waTool       the AWS Well-Architected Tool's connector (clients of its own, each limited to its allow-list)
 * @param waToolImport stores a review pulled from the WA Tool as a new workload
 * @param dataDir      where this store lives (the first-run screen says so)
 * @param dataChoice   records another data folder for the next start
 */
public record UiServices(ReviewService reviews, LensLibrary lenses, SettingsRepository settings,
                         EvidenceStore evidence, EvidenceDecisions evidenceDecisions, DemoWorkload demo,
                         Function<MfaCodeProvider, EvidenceScanner> scanners, Supplier<ReportKit> reportKit,
                         ReviewerName reviewerName, Runnable close,
                         Function<MfaCodeProvider, WaToolConnector> waTool, Supplier<ReviewImport> waToolImport,
                         Path dataDir, DataDirectoryChoice dataChoice) {

    /** Without the WA Tool (tests of other parts): its dialogs say it is not available. */
    public UiServices(ReviewService reviews, LensLibrary lenses, SettingsRepository settings, EvidenceStore evidence,
                      EvidenceDecisions evidenceDecisions, DemoWorkload demo,
                      Function<MfaCodeProvider, EvidenceScanner> scanners, Supplier<ReportKit> reportKit,
                      ReviewerName reviewerName, Runnable close, Path dataDir, DataDirectoryChoice dataChoice) {
        this(reviews, lenses, settings, evidence, evidenceDecisions, demo, scanners, reportKit, reviewerName, close,
                mfa -> {
                    throw new IllegalStateException("The AWS Well-Architected Tool is not available here.");
                }, () -> {
                    throw new IllegalStateException("The AWS Well-Architected Tool is not available here.");
                }, dataDir, dataChoice);
    }
}
