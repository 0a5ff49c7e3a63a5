package io.secpillar.storage;

import io.secpillar.assessment.improvement.ImprovementStatus;
import io.secpillar.assessment.improvement.ImprovementTracking;
import io.secpillar.assessment.improvement.port.ImprovementRepository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public final class JdbcImprovementRepository implements ImprovementRepository {

    private final Jdbc jdbc;

    public JdbcImprovementRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public List<ImprovementTracking> forWorkload(long workloadId) {
        return jdbc.query("SELECT question_id, choice_id, owner, due_date, status, justification, accepted_until, notes,"
                + " updated_by, updated_at FROM improvement_item WHERE workload_id = ? ORDER BY question_id, choice_id",
                s -> s.setLong(1, workloadId), JdbcImprovementRepository::map);
    }

    @Override
    public void save(long workloadId, ImprovementTracking t) {
        jdbc.inTransaction(c -> Jdbc.update(c, "MERGE INTO improvement_item (workload_id, question_id, choice_id, owner,"
                + " due_date, status, justification, accepted_until, notes, updated_by, updated_at)"
                + " KEY (workload_id, question_id, choice_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)", s -> {
                    s.setLong(1, workloadId);
                    s.setString(2, t.questionId());
                    s.setString(3, t.choiceId());
                    s.setString(4, t.owner());
                    s.setObject(5, t.due().orElse(null));
                    s.setString(6, t.status().name());
                    s.setString(7, t.justification());
                    s.setObject(8, t.acceptedUntil().orElse(null));
                    s.setString(9, t.notes());
                    s.setString(10, t.updatedBy());
                    s.setObject(11, Jdbc.toDb(t.updatedAt()));
                }));
    }

    private static ImprovementTracking map(ResultSet rs) throws SQLException {
        return new ImprovementTracking(rs.getString("question_id"), rs.getString("choice_id"), rs.getString("owner"),
                date(rs.getObject("due_date", LocalDate.class)), ImprovementStatus.valueOf(rs.getString("status")),
                rs.getString("justification"), date(rs.getObject("accepted_until", LocalDate.class)), rs.getString("notes"),
                rs.getString("updated_by"), Jdbc.fromDb(rs, "updated_at"));
    }

    private static Optional<LocalDate> date(LocalDate d) {
        return Optional.ofNullable(d);
    }
}
