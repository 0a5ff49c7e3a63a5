package io.secpillar.storage;

import io.secpillar.assessment.Sha256;
import io.secpillar.assessment.milestone.Milestone;
import io.secpillar.assessment.milestone.port.MilestoneRepository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Optional;

public final class JdbcMilestoneRepository implements MilestoneRepository {

    private static final String COLUMNS = "id, uid, workload_id, name, note, created_at, created_by, evidence_run_id,"
            + " content, content_sha256";

    private final Jdbc jdbc;

    public JdbcMilestoneRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Milestone insert(Milestone m) {
        long id = jdbc.inTransaction(c -> Jdbc.insert(c, "INSERT INTO milestone (uid, workload_id, name, note, created_at,"
                + " created_by, evidence_run_id, content, content_sha256) VALUES (?,?,?,?,?,?,?,?,?)", s -> {
                    s.setString(1, m.uid());
                    s.setLong(2, m.workloadId());
                    s.setString(3, m.name());
                    s.setString(4, m.note());
                    s.setObject(5, Jdbc.toDb(m.createdAt()));
                    s.setString(6, m.createdBy());
                    if (m.evidenceRunId().isPresent()) {
                        s.setLong(7, m.evidenceRunId().get());
                    } else {
                        s.setNull(7, Types.BIGINT);
                    }
                    s.setString(8, m.content());
                    s.setString(9, m.contentSha256());
                }));
        return find(id).orElseThrow();
    }

    @Override
    public List<Milestone> forWorkload(long workloadId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM milestone WHERE workload_id = ? ORDER BY created_at, id",
                s -> s.setLong(1, workloadId), this::map);
    }

    @Override
    public List<Milestone> forWorkloadAsStored(long workloadId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM milestone WHERE workload_id = ? ORDER BY created_at, id",
                s -> s.setLong(1, workloadId), JdbcMilestoneRepository::mapAsStored);
    }

    @Override
    public Optional<Milestone> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM milestone WHERE id = ?", s -> s.setLong(1, id),
                this::map).stream().findFirst();
    }

    @Override
    public boolean delete(long id) {
        return jdbc.inTransaction(c -> Jdbc.update(c, "DELETE FROM milestone WHERE id = ?", s -> s.setLong(1, id))) > 0;
    }

    /** A milestone is immutable and read rarely: its snapshot is checked against its SHA-256 on every read. */
    private Milestone map(ResultSet rs) throws SQLException {
        String content = rs.getString("content");
        jdbc.requireIntact(rs.getString("content_sha256"), Sha256.hex(content),
                "the snapshot of milestone " + rs.getLong("id") + " (\"" + rs.getString("name") + "\")");
        return mapAsStored(rs);
    }

    private static Milestone mapAsStored(ResultSet rs) throws SQLException {
        long run = rs.getLong("evidence_run_id");
        Optional<Long> runId = rs.wasNull() ? Optional.empty() : Optional.of(run);
        return new Milestone(rs.getLong("id"), rs.getString("uid"), rs.getLong("workload_id"), rs.getString("name"),
                rs.getString("note"), Jdbc.fromDb(rs, "created_at"), rs.getString("created_by"), runId,
                rs.getString("content"), rs.getString("content_sha256"));
    }
}
