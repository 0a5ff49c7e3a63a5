package io.secpillar.evidence.scan;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Turns a request into a plan before anything is stored: every profile must exist and connect (its account id
 * comes from STS), and each account gets the requested regions it has enabled. Typed regions an account has not
 * enabled are kept as "not enabled" so the results say so; nonsense region names are dropped with a warning.
 */
final class ScanPreparer {

    private final AwsAccess access;

    ScanPreparer(AwsAccess access) {
        this.access = access;
    }

    PreparedScan prepare(ScanRequest request) {
        if (request.profiles().isEmpty()) {
            throw new ScanSetupException("Choose at least one AWS profile to scan.");
        }
        if (!request.regions().allEnabled() && request.regions().regions().isEmpty()) {
            throw new ScanSetupException("Choose at least one region, or \"all\" for every enabled region.");
        }
        checkProfilesExist(request.profiles());
        List<String> warnings = new ArrayList<>();
        List<String> typed = request.regions().regions();
        List<String> malformed = typed.stream().filter(r -> !RegionSelection.looksLikeRegion(r)).toList();
        if (!malformed.isEmpty()) {
            warnings.add("Ignored region names that are not AWS regions: " + String.join(", ", malformed));
        }
        List<String> wanted = typed.stream().filter(RegionSelection::looksLikeRegion).toList();
        if (!request.regions().allEnabled() && wanted.isEmpty()) {
            throw new ScanSetupException("None of the regions given is a valid AWS region name: " + String.join(", ", typed));
        }
        Map<String, ConnectionCheck> checks = connectAll(request.profiles());
        List<AccountScope> accounts = new ArrayList<>();
        Map<String, String> profileOfAccount = new LinkedHashMap<>();
        for (String profile : request.profiles()) {
            ConnectionCheck cc = checks.get(profile);
            String account = cc.accountId().orElseThrow();
            String first = profileOfAccount.putIfAbsent(account, profile);
            if (first != null) {
                warnings.add("Profiles " + first + " and " + profile + " reach the same account " + account
                        + "; it is scanned once, through " + first + ".");
                continue;
            }
            accounts.add(scope(profile, account, cc, request.regions().allEnabled(), wanted, warnings));
        }
        return new PreparedScan(new ScanPlan(accounts), request.workloadId(), warnings);
    }

    private void checkProfilesExist(List<String> profiles) {
        Set<String> known = access.profiles().stream().map(ProfileInfo::name).collect(Collectors.toCollection(TreeSet::new));
        List<String> unknown = profiles.stream().filter(p -> !known.contains(p)).toList();
        if (!unknown.isEmpty()) {
            throw new ScanSetupException("Unknown AWS profile" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
                    + ". " + (known.isEmpty() ? "No profiles were found in the AWS config and credentials files."
                    : "Known profiles: " + String.join(", ", known) + "."));
        }
    }

    /** Tests every profile at once (a few threads), so twenty profiles do not take twenty round trips in a row. */
    private Map<String, ConnectionCheck> connectAll(List<String> profiles) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(8, profiles.size()));
        try {
            Map<String, CompletableFuture<ConnectionCheck>> futures = new LinkedHashMap<>();
            for (String p : profiles) {
                futures.put(p, CompletableFuture.supplyAsync(() -> access.testConnection(p), pool));
            }
            Map<String, ConnectionCheck> out = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            futures.forEach((p, f) -> {
                ConnectionCheck cc = f.join();
                out.put(p, cc);
                if (!cc.ok() || cc.accountId().isEmpty()) {
                    problems.add(p + ": " + cc.problem().orElse("STS did not return an account id"));
                }
            });
            if (!problems.isEmpty()) {
                throw new ScanSetupException("Cannot connect with " + (problems.size() == 1 ? "profile " : "profiles ")
                        + String.join("; ", problems));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static AccountScope scope(String profile, String account, ConnectionCheck cc, boolean all, List<String> wanted,
                                      List<String> warnings) {
        List<String> enabled = cc.enabledRegions();
        if (all) {
            if (enabled.isEmpty()) {
                throw new ScanSetupException("The enabled regions of account " + account + " (profile " + profile
                        + ") could not be listed" + cc.regionsProblem().map(p -> " (" + p + ")").orElse("")
                        + "; name the regions to scan instead of \"all\".");
            }
            return new AccountScope(profile, account, enabled);
        }
        if (enabled.isEmpty()) {
            warnings.add("The enabled regions of account " + account + " could not be listed"
                    + cc.regionsProblem().map(p -> " (" + p + ")").orElse("") + "; scanning the regions as given.");
            return new AccountScope(profile, account, wanted);
        }
        List<String> scan = wanted.stream().filter(enabled::contains).toList();
        List<String> notEnabled = wanted.stream().filter(r -> !enabled.contains(r)).toList();
        if (scan.isEmpty()) {
            throw new ScanSetupException("None of the regions " + String.join(", ", wanted) + " is enabled for account "
                    + account + " (profile " + profile + "). Its enabled regions: " + String.join(", ", enabled) + ".");
        }
        if (!notEnabled.isEmpty()) {
            warnings.add("Account " + account + " has not enabled " + String.join(", ", notEnabled)
                    + "; the results will say so.");
        }
        return new AccountScope(profile, account, scan, notEnabled);
    }
}
