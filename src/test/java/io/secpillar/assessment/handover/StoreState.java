package io.secpillar.assessment.handover;

import io.secpillar.app.Services;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A fingerprint of a whole store: the rows of every table and the head of every audit chain. */
final class StoreState {

    private StoreState() {
    }

    static String of(Services services) throws Exception {
        StringBuilder state = new StringBuilder();
        try (Connection c = services.database().connection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                    + " ORDER BY TABLE_NAME")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    rs.next();
                    state.append(table).append('=').append(rs.getLong(1)).append('\n');
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT workload_id, MAX(seq) FROM audit_record GROUP BY workload_id"
                    + " ORDER BY workload_id")) {
                while (rs.next()) {
                    state.append("head ").append(rs.getLong(1)).append('=').append(rs.getLong(2)).append('\n');
                }
            }
        }
        return state.toString();
    }
}
