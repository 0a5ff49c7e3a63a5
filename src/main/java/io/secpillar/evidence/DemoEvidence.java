package io.secpillar.evidence;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.evidence.port.EvidenceStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence run shipped with the demo workload (fictional accounts of the Claims Portal), stored as a
 * completed run so the evidence screens can be seen without AWS. Best-practice labels come from the current
 * check mapping, as for a real run.
 */
public final class DemoEvidence {

    static final String RESOURCE = "demo-evidence-run.json";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileDto(List<String> profiles, List<String> accountIds, List<String> regions, long durationSeconds,
                   String catalogVersion, List<CheckDto> checks, List<ResultDto> results) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CheckDto(String id, String title, String service, Severity severity, Scope scope, String remediation) { }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResultDto(String checkId, Status status, String accountId, String region, String resource, String reason,
                     Map<String, String> observed, String proof) { }

    private DemoEvidence() {
    }

    /** Stores the demo run for the workload, ended a day before {@code now}; returns its run id. */
    public static long importInto(EvidenceStore store, long workloadId, CheckMapping mapping, Instant now) {
        FileDto file = read();
        Instant ended = now.minusSeconds(24 * 3600);
        Instant started = ended.minusSeconds(file.durationSeconds());
        Map<String, CheckInfo> checks = new LinkedHashMap<>();
        file.checks().forEach(c -> checks.put(c.id(), new CheckInfo(c.id(), c.title(), c.service(), c.severity(),
                c.scope(), c.remediation())));
        long runId = store.startRun(new NewEvidenceRun(Optional.of(workloadId), file.profiles(), file.accountIds(),
                file.regions(), file.catalogVersion(), started, List.copyOf(checks.values())));
        List<EvidenceResult> results = new ArrayList<>();
        for (ResultDto r : file.results()) {
            Finding f = new Finding(r.checkId(), r.status(), r.accountId(), r.region(), r.resource(), r.reason(),
                    r.observed() == null ? Map.of() : r.observed(), r.proof());
            results.add(EvidenceResult.of(f, checks.getOrDefault(r.checkId(), CheckInfo.unknown(r.checkId())), mapping));
        }
        store.append(runId, results);
        store.finish(runId, EvidenceRunInfo.State.COMPLETED, ended, Optional.empty());
        return runId;
    }

    /** The check ids the demo run names, for the catalog consistency test. */
    public static List<String> checkIds() {
        return read().checks().stream().map(CheckDto::id).toList();
    }

    private static FileDto read() {
        try (InputStream in = DemoEvidence.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return JsonMapper.builder().build().readValue(in, FileDto.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
