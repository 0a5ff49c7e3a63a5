package io.secpillar.storage;

import io.secpillar.assessment.Environment;
import io.secpillar.assessment.NoSuchWorkloadException;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.assessment.port.WorkloadRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
        long id = jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO workload (name, client, description, environment,"
                    + " account_ids, regions, review_owner, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bindDraft(s, draft);
                s.setObject(8, Jdbc.toDb(at));
                s.setObject(9, Jdbc.toDb(at));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
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
        return jdbc.inTransaction(c -> Jdbc.update(c, "DELETE FROM workload WHERE id = ?", s -> s.setLong(1, id))) > 0;
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
