package io.secpillar.evidence.aws;

import java.util.List;
import java.util.Optional;

/** What "Test connection" found: who the profile is and which regions the account has enabled, or why not. */
public record ConnectionCheck(String profile, Optional<String> accountId, Optional<String> callerArn,
                              List<String> enabledRegions, Optional<String> problem) {
    public ConnectionCheck {
        enabledRegions = List.copyOf(enabledRegions);
    }

    public boolean ok() {
        return problem.isEmpty();
    }
}
