package io.secpillar.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.evidence.CheckInfo;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.NewEvidenceRun;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.port.EvidenceStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Evidence runs and their results in H2. Results arrive in batches, each committed on its own. */
public final class JdbcEvidenceRepository implements EvidenceStore {

    static final String INTERRUPTED = "Interrupted: the workbench stopped before this run finished;"
            + " the results found until then are kept.";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String RUN_COLUMNS =
            "id, workload_id, profiles, account_ids, regions, started_at, ended_at, state, catalog_version";

    private final Jdbc jdbc;

    public JdbcEvidenceRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public long startRun(NewEvidenceRun run) {
        return jdbc.inTransaction(c -> {
            long id;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO evidence_run (workload_id, profiles, account_ids,"
                    + " regions, started_at, state, catalog_version) VALUES (?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                if (run.workloadId().isPresent()) {
                    s.setLong(1, run.workloadId().get());
                } else {
                    s.setNull(1, Types.BIGINT);
                }
                s.setString(2, String.join(",", run.profiles()));
                s.setString(3, String.join(",", run.accountIds()));
                s.setString(4, String.join(",", run.regions()));
                s.setObject(5, Jdbc.toDb(run.startedAt()));
                s.setString(6, EvidenceRunInfo.State.RUNNING.name());
                s.setString(7, run.catalogVersion());
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertChecks(c, id, run.checks());
            return id;
        });
    }

    private static void insertChecks(Connection c, long runId, List<CheckInfo> checks) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO evidence_run_check (run_id, check_id, title, service,"
                + " severity, scope, remediation) VALUES (?,?,?,?,?,?,?)")) {
            for (CheckInfo check : checks) {
                s.setLong(1, runId);
                s.setString(2, check.id());
                s.setString(3, cut(check.title(), 500));
                s.setString(4, cut(check.service(), 64));
                s.setString(5, check.severity().name());
                s.setString(6, check.scope().name());
                s.setString(7, cut(check.remediation(), 4000));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    @Override
    public void append(long runId, List<EvidenceResult> results) {
        if (results.isEmpty()) {
            return;
        }
        jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO evidence_result (" + RowChecksums.RESULT_COLUMNS
                    + ", " + RowChecksums.COLUMN + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                for (EvidenceResult r : results) {
                    Finding f = r.finding();
                    String[] v = {f.checkId(), f.status().name(), cut(f.reason(), 4000), cut(f.accountId(), 32),
                            cut(f.region(), 32), cut(f.resourceId(), 2048), json(f.observed()), f.proof(),
                            cut(String.join(",", r.bestPractices()), 1000)};
                    s.setLong(1, runId);
                    for (int i = 0; i < v.length; i++) {
                        s.setString(i + 2, v[i]);
                    }
                    s.setString(11, RowChecksums.result(runId, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void finish(long runId, EvidenceRunInfo.State state, Instant endedAt, Optional<String> error) {
        jdbc.inTransaction(c -> Jdbc.update(c, "UPDATE evidence_run SET state = ?, ended_at = ?, error = ? WHERE id = ?",
                s -> {
                    s.setString(1, state.name());
                    s.setObject(2, Jdbc.toDb(endedAt));
                    s.setString(3, error.map(e -> cut(e, 2000)).orElse(null));
                    s.setLong(4, runId);
                }));
    }

    @Override
    public int markInterrupted(Instant now) {
        return jdbc.inTransaction(c -> Jdbc.update(c, "UPDATE evidence_run SET state = ?, ended_at = ?, error = ?"
                + " WHERE state = ?", s -> {
                    s.setString(1, EvidenceRunInfo.State.FAILED.name());
                    s.setObject(2, Jdbc.toDb(now));
                    s.setString(3, INTERRUPTED);
                    s.setString(4, EvidenceRunInfo.State.RUNNING.name());
                }));
    }

    @Override
    public List<EvidenceRunInfo> runsForWorkload(long workloadId) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM evidence_run WHERE workload_id = ? ORDER BY id DESC",
                s -> s.setLong(1, workloadId), JdbcEvidenceRepository::run);
    }

    @Override
    public List<EvidenceRunInfo> runs() {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM evidence_run ORDER BY id DESC", s -> { },
                JdbcEvidenceRepository::run);
    }

    @Override
    public Optional<EvidenceRunInfo> run(long runId) {
        return jdbc.query("SELECT " + RUN_COLUMNS + " FROM evidence_run WHERE id = ?", s -> s.setLong(1, runId),
                JdbcEvidenceRepository::run).stream().findFirst();
    }

    @Override
    public Optional<String> error(long runId) {
        return jdbc.query("SELECT error FROM evidence_run WHERE id = ?", s -> s.setLong(1, runId), rs -> rs.getString(1))
                .stream().filter(e -> e != null && !e.isBlank()).findFirst();
    }

    @Override
    public List<Finding> findings(long runId) {
        return results(runId).stream().map(EvidenceResult::finding).toList();
    }

    @Override
    public List<EvidenceResult> results(long runId) {
        return jdbc.inTransaction(c -> {
            Map<String, CheckInfo> checks = new HashMap<>();
            Jdbc.query(c, "SELECT check_id, title, service, severity, scope, remediation FROM evidence_run_check"
                    + " WHERE run_id = ?", s -> s.setLong(1, runId), rs -> checks.put(rs.getString("check_id"),
                    new CheckInfo(rs.getString("check_id"), rs.getString("title"), rs.getString("service"),
                            Severity.valueOf(rs.getString("severity")), Scope.valueOf(rs.getString("scope")),
                            rs.getString("remediation"))));
            return Jdbc.query(c, "SELECT id, " + RowChecksums.RESULT_COLUMNS + ", " + RowChecksums.COLUMN
                    + " FROM evidence_result WHERE run_id = ? ORDER BY id", s -> s.setLong(1, runId), rs -> {
                        jdbc.requireIntact(rs.getString(RowChecksums.COLUMN), RowChecksums.result(rs),
                                RowChecksums.describeResult(rs));
                        String checkId = rs.getString("check_id");
                        Finding f = new Finding(checkId, Status.valueOf(rs.getString("status")), rs.getString("account_id"),
                                rs.getString("region"), rs.getString("resource_id"), rs.getString("reason"),
                                observed(rs.getString("observed")), rs.getString("proof"));
                        CheckInfo check = checks.computeIfAbsent(checkId, CheckInfo::unknown);
                        String practices = rs.getString("best_practices");
                        return new EvidenceResult(f, check, practices.isBlank() ? List.of() : List.of(practices.split(",")));
                    });
        });
    }

    private static EvidenceRunInfo run(ResultSet rs) throws SQLException {
        long workload = rs.getLong("workload_id");
        Optional<Long> workloadId = rs.wasNull() ? Optional.empty() : Optional.of(workload);
        Optional<Instant> ended = rs.getObject("ended_at") == null ? Optional.empty()
                : Optional.of(Jdbc.fromDb(rs, "ended_at"));
        return new EvidenceRunInfo(rs.getLong("id"), workloadId, Jdbc.fromDb(rs, "started_at"), ended,
                EvidenceRunInfo.State.valueOf(rs.getString("state")), split(rs.getString("profiles")),
                split(rs.getString("account_ids")), split(rs.getString("regions")), rs.getString("catalog_version"));
    }

    private static List<String> split(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.split(","));
    }

    private static String json(Map<String, String> observed) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(observed));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    private static Map<String, String> observed(String json) {
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            return Map.of("unreadable", json);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
