package io.secpillar.ui.watool;

import io.secpillar.assessment.ReviewService;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.evidence.scan.ProfileInfo;
import io.secpillar.ui.page.UiServices;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.watool.ReviewImport;
import io.secpillar.watool.aws.WaToolConnector;

import java.util.List;

/**
 * What the WA Tool dialogs use, gathered in the background before they open: the reviews, the bundled lens, where a
 * pulled review is stored, the WA Tool connector (its own clients, never the evidence engine's), the profile names of
 * this machine and the reviewer's name.
 */
public record WaToolContext(ReviewService reviews, LoadedLens lens, ReviewImport importer, WaToolConnector connector,
                            List<String> profiles, String reviewer) {

    public WaToolContext {
        profiles = List.copyOf(profiles);
    }

    /** Gathers it; reads the AWS profile files and the settings, so call it in the background. */
    public static WaToolContext open(UiServices services, MfaCodeProvider mfa) {
        List<String> profiles = services.scanners().apply(mfa).access().profiles().stream().map(ProfileInfo::name)
                .toList();
        return new WaToolContext(services.reviews(), services.lenses().bundled(), services.waToolImport().get(),
                services.waTool().apply(mfa), profiles, services.reviewerName().current());
    }
}
