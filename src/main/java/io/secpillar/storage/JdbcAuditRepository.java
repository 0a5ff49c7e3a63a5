package io.secpillar.storage;

import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.audit.AuditRecord;
import io.secpillar.assessment.audit.ChainHead;
import io.secpillar.assessment.audit.port.AuditRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

public final class JdbcAuditRepository implements AuditRepository {

    private static final String COLUMNS = "seq, recorded_at, kind, subject, summary, before_state, after_state, reviewer,"
            + " os_user, previous_hash, record_hash";
    private static final int FETCH = 1000;

    private final Jdbc jdbc;

    public JdbcAuditRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public ChainHead head(long workloadId) {
        return jdbc.query("SELECT seq, record_hash FROM audit_record WHERE workload_id = ? ORDER BY seq DESC LIMIT 1",
                s -> s.setLong(1, workloadId), rs -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .stream().findFirst().orElse(ChainHead.empty());
    }

    @Override
    public void append(long workloadId, AuditRecord record) {
        appendAll(workloadId, List.of(record));
    }

    @Override
    public void appendAll(long workloadId, List<AuditRecord> records) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO audit_record (workload_id, " + COLUMNS
                    + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                int pending = 0;
                for (AuditRecord r : records) {
                    s.setLong(1, workloadId);
                    s.setLong(2, r.sequence());
                    s.setObject(3, Jdbc.toDb(r.at()));
                    s.setString(4, r.kind().name());
                    s.setString(5, r.subject());
                    s.setString(6, r.summary());
                    s.setString(7, r.before());
                    s.setString(8, r.after());
                    s.setString(9, r.reviewer());
                    s.setString(10, r.osUser());
                    s.setString(11, r.previousHash());
                    s.setString(12, r.hash());
                    s.addBatch();
                    if (++pending == FETCH) {
                        s.executeBatch();
                        pending = 0;
                    }
                }
                s.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void forEach(long workloadId, Consumer<AuditRecord> consumer) {
        jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_record WHERE workload_id = ?"
                    + " ORDER BY seq")) {
                s.setFetchSize(FETCH);
                s.setLong(1, workloadId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        consumer.accept(map(rs));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<AuditRecord> about(long workloadId, String subject) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_record WHERE workload_id = ? AND subject = ? ORDER BY seq",
                s -> {
                    s.setLong(1, workloadId);
                    s.setString(2, subject);
                }, JdbcAuditRepository::map);
    }

    @Override
    public List<AuditRecord> latest(long workloadId, int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM audit_record WHERE workload_id = ? ORDER BY seq DESC"
                + " LIMIT ? OFFSET ?", s -> {
                    s.setLong(1, workloadId);
                    s.setInt(2, Math.max(0, limit));
                    s.setInt(3, Math.max(0, offset));
                }, JdbcAuditRepository::map);
    }

    @Override
    public List<Long> workloadsWithoutTrail() {
        return jdbc.query("SELECT id FROM workload w WHERE NOT EXISTS (SELECT 1 FROM audit_record a WHERE a.workload_id"
                + " = w.id) ORDER BY id", s -> { }, rs -> rs.getLong(1));
    }

    private static AuditRecord map(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), kind(rs.getString(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11));
    }

    /** A kind this version does not know (a record edited behind the app's back) still reads, and fails its hash. */
    private static ChangeKind kind(String name) {
        try {
            return ChangeKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            return ChangeKind.TRAIL_STARTED;
        }
    }
}
