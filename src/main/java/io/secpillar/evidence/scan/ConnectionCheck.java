package io.secpillar.evidence.scan;

import java.util.List;
import java.util.Optional;

/**
 * What "Test connection" found: who the profile is and which regions the account has enabled, or why not.
 *
 * @param problem        why the profile could not connect at all (no account id then); empty when it could
 * @param regionsProblem why the enabled regions could not be listed although the identity is known (e.g. the
 *                       role lacks ec2:DescribeRegions); the connection is still {@link #ok()}
 */
public record ConnectionCheck(String profile, Optional<String> accountId, Optional<String> callerArn,
                              List<String> enabledRegions, Optional<String> problem, Optional<String> regionsProblem) {
    public ConnectionCheck {
        enabledRegions = List.copyOf(enabledRegions);
    }

    public ConnectionCheck(String profile, Optional<String> accountId, Optional<String> callerArn,
                           List<String> enabledRegions, Optional<String> problem) {
        this(profile, accountId, callerArn, enabledRegions, problem, Optional.empty());
    }

    public boolean ok() {
        return problem.isEmpty();
    }
}
