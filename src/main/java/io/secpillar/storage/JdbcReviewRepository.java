package io.secpillar.storage;

import io.secpillar.assessment.Review;
import io.secpillar.assessment.port.ReviewRepository;
import io.secpillar.pillar.LensRef;
import io.secpillar.questionnaire.Answer;
import io.secpillar.questionnaire.ChoiceStatus;
import io.secpillar.questionnaire.NotApplicable;
import io.secpillar.questionnaire.NotApplicableReason;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class JdbcReviewRepository implements ReviewRepository {

    private final Jdbc jdbc;

    public JdbcReviewRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Review create(long workloadId, LensRef lens, Instant at) {
        return jdbc.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO review (workload_id, lens_alias, lens_version,"
                    + " created_at) VALUES (?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setLong(1, workloadId);
                s.setString(2, lens.alias());
                s.setString(3, lens.version());
                s.setObject(4, Jdbc.toDb(at));
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    return new Review(keys.getLong(1), workloadId, lens, at);
                }
            }
        });
    }

    @Override
    public List<Review> findByWorkload(long workloadId) {
        return jdbc.query("SELECT id, workload_id, lens_alias, lens_version, created_at FROM review"
                + " WHERE workload_id = ? ORDER BY id", s -> s.setLong(1, workloadId), rs -> new Review(rs.getLong("id"),
                rs.getLong("workload_id"), new LensRef(rs.getString("lens_alias"), rs.getString("lens_version")),
                Jdbc.fromDb(rs, "created_at")));
    }

    @Override
    public Map<String, Answer> answers(long reviewId) {
        return jdbc.inTransaction(c -> {
            Map<String, Set<String>> selected = new HashMap<>();
            Map<String, Map<String, NotApplicable>> choiceNa = new HashMap<>();
            Jdbc.query(c, "SELECT question_id, choice_id, status, reason, reason_text FROM answer_choice"
                    + " WHERE review_id = ? ORDER BY question_id, choice_id", s -> s.setLong(1, reviewId), rs -> {
                        String q = rs.getString("question_id");
                        String choice = rs.getString("choice_id");
                        if (ChoiceStatus.valueOf(rs.getString("status")) == ChoiceStatus.SELECTED) {
                            selected.computeIfAbsent(q, k -> new LinkedHashSet<>()).add(choice);
                        } else {
                            choiceNa.computeIfAbsent(q, k -> new LinkedHashMap<>()).put(choice,
                                    reason(rs.getString("reason"), rs.getString("reason_text")).orElseThrow());
                        }
                        return choice;
                    });
            Map<String, Answer> answers = new LinkedHashMap<>();
            Jdbc.query(c, "SELECT question_id, not_applicable_reason, not_applicable_text, notes, changed_by, changed_at"
                    + " FROM answer WHERE review_id = ?", s -> s.setLong(1, reviewId), rs -> {
                        String q = rs.getString("question_id");
                        answers.put(q, new Answer(q, selected.getOrDefault(q, Set.of()), choiceNa.getOrDefault(q, Map.of()),
                                reason(rs.getString("not_applicable_reason"), rs.getString("not_applicable_text")),
                                rs.getString("notes"), rs.getString("changed_by"), Jdbc.fromDb(rs, "changed_at")));
                        return q;
                    });
            return answers;
        });
    }

    @Override
    public void saveAnswer(long reviewId, Answer answer) {
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "MERGE INTO answer (review_id, question_id, not_applicable_reason, not_applicable_text, notes,"
                    + " changed_by, changed_at) KEY (review_id, question_id) VALUES (?,?,?,?,?,?,?)", s -> {
                        s.setLong(1, reviewId);
                        s.setString(2, answer.questionId());
                        s.setString(3, answer.notApplicable().map(na -> na.reason().name()).orElse(null));
                        s.setString(4, answer.notApplicable().map(NotApplicable::text).orElse(null));
                        s.setString(5, answer.notes());
                        s.setString(6, answer.changedBy());
                        s.setObject(7, Jdbc.toDb(answer.changedAt()));
                    });
            Jdbc.update(c, "DELETE FROM answer_choice WHERE review_id = ? AND question_id = ?", s -> {
                s.setLong(1, reviewId);
                s.setString(2, answer.questionId());
            });
            insertChoices(c, reviewId, answer);
            Jdbc.update(c, "UPDATE workload SET updated_at = ? WHERE id = (SELECT workload_id FROM review WHERE id = ?)",
                    s -> {
                        s.setObject(1, Jdbc.toDb(answer.changedAt()));
                        s.setLong(2, reviewId);
                    });
            return null;
        });
    }

    private static void insertChoices(Connection c, long reviewId, Answer answer) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO answer_choice (review_id, question_id, choice_id,"
                + " status, reason, reason_text) VALUES (?,?,?,?,?,?)")) {
            for (String choice : answer.selected()) {
                addChoice(s, reviewId, answer.questionId(), choice, ChoiceStatus.SELECTED, Optional.empty());
            }
            for (Map.Entry<String, NotApplicable> e : answer.choicesNotApplicable().entrySet()) {
                addChoice(s, reviewId, answer.questionId(), e.getKey(), ChoiceStatus.NOT_APPLICABLE, Optional.of(e.getValue()));
            }
            s.executeBatch();
        }
    }

    private static void addChoice(PreparedStatement s, long reviewId, String questionId, String choiceId,
                                  ChoiceStatus status, Optional<NotApplicable> reason) throws SQLException {
        s.setLong(1, reviewId);
        s.setString(2, questionId);
        s.setString(3, choiceId);
        s.setString(4, status.name());
        s.setString(5, reason.map(r -> r.reason().name()).orElse(null));
        s.setString(6, reason.map(NotApplicable::text).orElse(null));
        s.addBatch();
    }

    private static Optional<NotApplicable> reason(String reason, String text) {
        return reason == null ? Optional.empty()
                : Optional.of(new NotApplicable(NotApplicableReason.valueOf(reason), text));
    }
}
