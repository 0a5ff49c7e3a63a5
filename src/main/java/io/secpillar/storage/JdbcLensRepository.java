package io.secpillar.storage;

import io.secpillar.assessment.port.LensRepository;
import io.secpillar.pillar.LensRef;
import io.secpillar.pillar.LoadedLens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class JdbcLensRepository implements LensRepository {

    private static final String COLUMNS = RowChecksums.LENS_COLUMNS + ", " + RowChecksums.COLUMN;

    private final Jdbc jdbc;

    public JdbcLensRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public void save(LoadedLens lens) {
        String checksum = RowChecksums.lens(lens.ref().alias(), lens.ref().version(), lens.origin().name(),
                lens.lens().name(), lens.lensJson(), lens.guidanceJson());
        jdbc.inTransaction(c -> Jdbc.update(c, "MERGE INTO lens (alias, version, origin, name, lens_json, guidance_json,"
                + " stored_at, " + RowChecksums.COLUMN + ") KEY (alias, version) SELECT ?,?,?,?,?,?,?,? FROM DUAL"
                + " WHERE NOT EXISTS (SELECT 1 FROM lens WHERE alias = ? AND version = ?)", s -> {
                    s.setString(1, lens.ref().alias());
                    s.setString(2, lens.ref().version());
                    s.setString(3, lens.origin().name());
                    s.setString(4, lens.lens().name());
                    s.setString(5, lens.lensJson());
                    s.setString(6, lens.guidanceJson());
                    s.setObject(7, Jdbc.toDb(Instant.now()));
                    s.setString(8, checksum);
                    s.setString(9, lens.ref().alias());
                    s.setString(10, lens.ref().version());
                }));
    }

    @Override
    public Optional<StoredLens> find(LensRef ref) {
        return jdbc.query("SELECT " + COLUMNS + " FROM lens WHERE alias = ? AND version = ?", s -> {
            s.setString(1, ref.alias());
            s.setString(2, ref.version());
        }, this::map).stream().findFirst();
    }

    @Override
    public List<StoredLens> findAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM lens ORDER BY stored_at, alias, version", s -> { },
                this::map);
    }

    /** Every edition read back is checked against its SHA-256: a review must never reopen with a changed lens. */
    private StoredLens map(ResultSet rs) throws SQLException {
        jdbc.requireIntact(rs.getString(RowChecksums.COLUMN), RowChecksums.lens(rs), RowChecksums.describeLens(rs));
        return new StoredLens(new LensRef(rs.getString("alias"), rs.getString("version")),
                LoadedLens.Origin.valueOf(rs.getString("origin")), rs.getString("name"),
                rs.getString("lens_json"), rs.getString("guidance_json"));
    }
}
