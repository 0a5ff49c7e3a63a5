package io.secpillar.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the cover page says about the review. */
public record ReportCover(String title, String client, String workload, String environment,
                          List<String> accountIds, List<String> regions, List<String> reviewers,
                          Instant reviewDate, String lensName, String lensVersion, String workbenchVersion,
                          Instant generatedAt, Optional<String> consultancy) {
    public ReportCover {
        accountIds = List.copyOf(accountIds);
        regions = List.copyOf(regions);
        reviewers = List.copyOf(reviewers);
    }
}
