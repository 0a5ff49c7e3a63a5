package io.secpillar.report;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an account sits in the client's AWS Organization: its name and the path of its organizational unit
 * (e.g. {@code Root/Workloads/Prod}). The report groups its summary by OU when the evidence carries placements;
 * an organization scan fills them (see {@link ReportEvidence#withPlacements}).
 */
public record AccountPlacement(String accountId, Optional<String> name, Optional<String> organizationalUnit) {
    public AccountPlacement {
        Objects.requireNonNull(accountId, "accountId");
        name = name.filter(n -> !n.isBlank());
        organizationalUnit = organizationalUnit.filter(o -> !o.isBlank());
    }
}
