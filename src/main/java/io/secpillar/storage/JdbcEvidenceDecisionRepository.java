package io.secpillar.storage;

import io.secpillar.assessment.EvidenceDecision;
import io.secpillar.assessment.port.EvidenceDecisionRepository;

import java.util.List;

public final class JdbcEvidenceDecisionRepository implements EvidenceDecisionRepository {

    private final Jdbc jdbc;

    public JdbcEvidenceDecisionRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public void record(EvidenceDecision d) {
        jdbc.inTransaction(c -> Jdbc.update(c, "INSERT INTO evidence_decision (review_id, question_id, choice_id, run_id,"
                + " decision, decided_by, decided_at) VALUES (?,?,?,?,?,?,?)", s -> {
                    s.setLong(1, d.reviewId());
                    s.setString(2, d.questionId());
                    s.setString(3, d.choiceId());
                    s.setLong(4, d.runId());
                    s.setString(5, d.kind().name());
                    s.setString(6, d.decidedBy());
                    s.setObject(7, Jdbc.toDb(d.decidedAt()));
                }));
    }

    @Override
    public List<EvidenceDecision> forReview(long reviewId) {
        return jdbc.query("SELECT review_id, question_id, choice_id, run_id, decision, decided_by, decided_at"
                + " FROM evidence_decision WHERE review_id = ? ORDER BY id", s -> s.setLong(1, reviewId),
                rs -> new EvidenceDecision(rs.getLong("review_id"), rs.getString("question_id"), rs.getString("choice_id"),
                        rs.getLong("run_id"), EvidenceDecision.Kind.valueOf(rs.getString("decision")),
                        rs.getString("decided_by"), Jdbc.fromDb(rs, "decided_at")));
    }
}
