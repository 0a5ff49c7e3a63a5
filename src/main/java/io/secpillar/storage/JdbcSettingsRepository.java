package io.secpillar.storage;

import io.secpillar.assessment.port.SettingsRepository;

import java.util.Optional;

public final class JdbcSettingsRepository implements SettingsRepository {

    private final Jdbc jdbc;

    public JdbcSettingsRepository(Database database) {
        this.jdbc = new Jdbc(database);
    }

    @Override
    public Optional<String> get(String key) {
        return jdbc.query("SELECT val FROM setting WHERE name = ?", s -> s.setString(1, key), rs -> rs.getString(1))
                .stream().findFirst();
    }

    @Override
    public void put(String key, String value) {
        jdbc.inTransaction(c -> Jdbc.update(c, "MERGE INTO setting (name, val) KEY (name) VALUES (?, ?)", s -> {
            s.setString(1, key);
            s.setString(2, value);
        }));
    }
}
