package io.secpillar.report;

import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A synthetic AWS Organization for report tests and the organization-scale benchmark: accounts spread over a few
 * OUs, each with a name, and for every check a fixed number of results per account (regions and resources).
 */
public final class OrganizationEvidence {

    public static final List<String> OUS = List.of("Root/Security", "Root/Workloads/Prod", "Root/Workloads/Test",
            "Root/Sandbox", "Root/Shared services");
    static final List<String> REGIONS = List.of("eu-central-1", "eu-west-1", "us-east-1", "ap-southeast-2");

    private OrganizationEvidence() {
    }

    /** The i-th account id: twelve digits, distinct for i below a million. */
    public static String accountId(int i) {
        return String.format("%012d", 210_000_000_000L + i * 7_919L);
    }

    /**
     * Evidence of one completed run over {@code accounts} accounts, {@code perCheck} results per check and account,
     * the accounts placed in {@link #OUS} (the last account in no OU, as a suspended move would leave it).
     */
    public static ReportEvidence of(long workloadId, Map<String, CheckMetadata> checks, int accounts, int perCheck,
                                    long seed, Instant startedAt) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        Map<String, AccountPlacement> placements = new LinkedHashMap<>();
        for (int a = 0; a < accounts; a++) {
            String id = accountId(a);
            ids.add(id);
            Optional<String> ou = a == accounts - 1 && accounts > 1 ? Optional.empty()
                    : Optional.of(OUS.get(a % OUS.size()));
            placements.put(id, new AccountPlacement(id, Optional.of("workload-" + (a + 1)), ou));
        }
        List<Finding> findings = new ArrayList<>(accounts * checks.size() * perCheck);
        for (CheckMetadata check : checks.values()) {
            for (int a = 0; a < accounts; a++) {
                // some accounts are much worse than others, as in a real organization
                int failPercent = 10 + (a * 37) % 45;
                for (int r = 0; r < perCheck; r++) {
                    findings.add(finding(check, ids.get(a), r, random.nextInt(100), failPercent));
                }
            }
        }
        InMemoryEvidence store = new InMemoryEvidence(workloadId);
        store.addRun(findings, ids, REGIONS, startedAt);
        return ReportEvidence.load(Optional.of(store), workloadId, checks).withPlacements(placements);
    }

    private static Finding finding(CheckMetadata check, String account, int r, int roll, int failPercent) {
        String region = check.scope() == Scope.GLOBAL ? "global" : REGIONS.get(r % REGIONS.size());
        Status status = roll < failPercent ? Status.FAIL : roll < failPercent + 6 ? Status.COULD_NOT_ASSESS
                : roll < 97 ? Status.PASS : Status.NOT_APPLICABLE;
        String resource = "arn:aws:" + check.service() + ":" + (region.equals("global") ? "" : region) + ":"
                + account + ":resource/orders-" + check.id().replace('_', '-') + "-" + r;
        String reason = switch (status) {
            case PASS -> "Setting is as required.";
            case FAIL -> "Setting is off for this resource (" + check.id() + ").";
            case COULD_NOT_ASSESS -> "Access denied: the audit role lacks "
                    + (check.operations().isEmpty() ? "a permission" : check.operations().get(0)) + ".";
            case NOT_APPLICABLE -> "Resource type not used here.";
        };
        return new Finding(check.id(), status, account, region, resource, reason, Map.of(), "{}");
    }
}
