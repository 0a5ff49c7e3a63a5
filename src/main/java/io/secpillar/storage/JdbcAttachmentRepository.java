package io.secpillar.storage;

import io.secpillar.assessment.attachment.Attachment;
import io.secpillar.assessment.attachment.port.AttachmentRepository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

public final class JdbcAttachmentRepository implements AttachmentRepository {

    private static final String COLUMNS = "id, uid, workload_id, question_id, choice_id, kind, name, size, sha256, link,"
            + " added_by, os_user, added_at";

    private final Jdbc jdbc;

    public JdbcAttachmentRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Attachment add(Attachment a, Optional<byte[]> content) {
        long id = jdbc.inTransaction(c -> {
            boolean stored = a.sha256().isPresent() && !Jdbc.query(c, "SELECT 1 FROM attachment_content WHERE sha256 = ?",
                    s -> s.setString(1, a.sha256().get()), rs -> 1).isEmpty();
            if (a.sha256().isPresent() && content.isPresent() && !stored) {
                Jdbc.update(c, "INSERT INTO attachment_content (sha256, size, content) VALUES (?,?,?)", s -> {
                    s.setString(1, a.sha256().get());
                    s.setLong(2, content.get().length);
                    s.setBytes(3, content.get());
                });
            }
            return Jdbc.insert(c, "INSERT INTO attachment (uid, workload_id, question_id, choice_id, kind, name, size,"
                    + " sha256, link, added_by, os_user, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", s -> {
                        s.setString(1, a.uid());
                        s.setLong(2, a.workloadId());
                        s.setString(3, a.questionId());
                        s.setString(4, a.choiceId());
                        s.setString(5, a.kind().name());
                        s.setString(6, a.name());
                        s.setLong(7, a.size());
                        s.setString(8, a.sha256().orElse(null));
                        s.setString(9, a.link().orElse(null));
                        s.setString(10, a.addedBy());
                        s.setString(11, a.osUser());
                        s.setObject(12, Jdbc.toDb(a.addedAt()));
                    });
        });
        return find(id).orElseThrow();
    }

    @Override
    public List<Attachment> forWorkload(long workloadId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM attachment WHERE workload_id = ? ORDER BY question_id, choice_id,"
                + " added_at, id", s -> s.setLong(1, workloadId), JdbcAttachmentRepository::map);
    }

    @Override
    public Optional<Attachment> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM attachment WHERE id = ?", s -> s.setLong(1, id),
                JdbcAttachmentRepository::map).stream().findFirst();
    }

    @Override
    public Optional<byte[]> content(String sha256) {
        return jdbc.query("SELECT content FROM attachment_content WHERE sha256 = ?", s -> s.setString(1, sha256),
                rs -> rs.getBytes(1)).stream().findFirst();
    }

    @Override
    public boolean remove(long id) {
        return jdbc.inTransaction(c -> {
            int rows = Jdbc.update(c, "DELETE FROM attachment WHERE id = ?", s -> s.setLong(1, id));
            Jdbc.update(c, "DELETE FROM attachment_content WHERE sha256 NOT IN"
                    + " (SELECT sha256 FROM attachment WHERE sha256 IS NOT NULL)", s -> { });
            return rows > 0;
        });
    }

    private static Attachment map(ResultSet rs) throws SQLException {
        return new Attachment(rs.getLong("id"), rs.getString("uid"), rs.getLong("workload_id"), rs.getString("question_id"),
                rs.getString("choice_id"), Attachment.Kind.valueOf(rs.getString("kind")), rs.getString("name"),
                rs.getLong("size"), Optional.ofNullable(rs.getString("sha256")), Optional.ofNullable(rs.getString("link")),
                rs.getString("added_by"), rs.getString("os_user"), Jdbc.fromDb(rs, "added_at"));
    }
}
