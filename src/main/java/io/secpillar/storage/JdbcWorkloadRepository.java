package io.secpillar.storage;

import io.secpillar.assessment.Environment;
import io.secpillar.assessment.NoSuchWorkloadException;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.assessment.port.WorkloadRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JdbcWorkloadRepository implements WorkloadRepository {

    private static final String COLUMNS =
            "id, name, client, description, environment, account_ids, regions, review_owner, created_at, updated_at";

    private final Jdbc jdbc;

    public JdbcWorkloadRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public List<Workload> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM workload ORDER BY id", s -> { }, JdbcWorkloadRepository::map);
    }

    @Override
    public Optional<Workload> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM workload WHERE id = ?", s -> s.setLong(1, id),
                JdbcWorkloadRepository::map).stream().findFirst();
    }

    @Override
    public Workload create(WorkloadDraft draft, Instant at) {
        return createWithIdentity(draft, UUID.randomUUID().toString(), at, at);
    }

    @Override
    public Workload createWithIdentity(WorkloadDraft draft, String uid, Instant createdAt, Instant updatedAt) {
        long id = jdbc.inTransaction(c -> Jdbc.insert(c, "INSERT INTO workload (name, client, description, environment,"
                + " account_ids, regions, review_owner, created_at, updated_at, uid) VALUES (?,?,?,?,?,?,?,?,?,?)", s -> {
                    bindDraft(s, draft);
                    s.setObject(8, Jdbc.toDb(createdAt));
                    s.setObject(9, Jdbc.toDb(updatedAt));
                    s.setString(10, uid);
                }));
        return find(id).orElseThrow();
    }

    @Override
    public String uid(long id) {
        return jdbc.query("SELECT uid FROM workload WHERE id = ?", s -> s.setLong(1, id), rs -> rs.getString(1))
                .stream().findFirst().orElseThrow(() -> new NoSuchWorkloadException("#" + id));
    }

    @Override
    public Optional<Workload> findByUid(String uid) {
        return jdbc.query("SELECT " + COLUMNS + " FROM workload WHERE uid = ?", s -> s.setString(1, uid),
                JdbcWorkloadRepository::map).stream().findFirst();
    }

    @Override
    public Workload update(long id, WorkloadDraft draft, Instant at) {
        int rows = jdbc.inTransaction(c -> Jdbc.update(c, "UPDATE workload SET name = ?, client = ?, description = ?,"
                + " environment = ?, account_ids = ?, regions = ?, review_owner = ?, updated_at = ? WHERE id = ?", s -> {
                    bindDraft(s, draft);
                    s.setObject(8, Jdbc.toDb(at));
                    s.setLong(9, id);
                }));
        if (rows == 0) {
            throw new NoSuchWorkloadException("#" + id);
        }
        return find(id).orElseThrow();
    }

    @Override
    public boolean delete(long id) {
        return jdbc.inTransaction(c -> {
            int rows = Jdbc.update(c, "DELETE FROM workload WHERE id = ?", s -> s.setLong(1, id));
            // file contents are shared by hash; drop those no attachment refers to any more
            Jdbc.update(c, "DELETE FROM attachment_content WHERE sha256 NOT IN"
                    + " (SELECT sha256 FROM attachment WHERE sha256 IS NOT NULL)", s -> { });
            return rows;
        }) > 0;
    }

    private static void bindDraft(PreparedStatement s, WorkloadDraft d) throws SQLException {
        s.setString(1, d.name());
        s.setString(2, d.client());
        s.setString(3, d.description());
        s.setString(4, d.environment().name());
        s.setString(5, String.join(",", d.accountIds()));
        s.setString(6, String.join(",", d.regions()));
        s.setString(7, d.reviewOwner());
    }

    private static Workload map(ResultSet rs) throws SQLException {
        return new Workload(rs.getLong("id"), rs.getString("name"), rs.getString("client"), rs.getString("description"),
                Environment.valueOf(rs.getString("environment")),
                WorkloadDraft.splitList(rs.getString("account_ids")), WorkloadDraft.splitList(rs.getString("regions")),
                rs.getString("review_owner"), Jdbc.fromDb(rs, "created_at"), Jdbc.fromDb(rs, "updated_at"));
    }
}
