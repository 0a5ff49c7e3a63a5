package io.secpillar.storage;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The canonical content of the rows that carry a SHA-256 (lens editions, evidence results): the same fields in
 * the same order whether a row is written, read back, scanned on opening or filled in by the migration.
 */
final class RowChecksums {

    static final String COLUMN = "content_sha256";
    static final String LENS_COLUMNS = "alias, version, origin, name, lens_json, guidance_json";
    static final String RESULT_COLUMNS = "run_id, check_id, status, reason, account_id, region, resource_id, observed,"
            + " proof, best_practices";

    private RowChecksums() {
    }

    static String lens(String alias, String version, String origin, String name, String lensJson, String guidanceJson) {
        return ContentChecksum.of("lens", alias, version, origin, name, lensJson, guidanceJson);
    }

    static String result(long runId, String checkId, String status, String reason, String accountId, String region,
                         String resourceId, String observed, String proof, String bestPractices) {
        return ContentChecksum.of("evidence_result", Long.toString(runId), checkId, status, reason, accountId, region,
                resourceId, observed, proof, bestPractices);
    }

    /** The checksum of a lens row selected with at least {@link #LENS_COLUMNS}. */
    static String lens(ResultSet rs) throws SQLException {
        return lens(rs.getString("alias"), rs.getString("version"), rs.getString("origin"), rs.getString("name"),
                rs.getString("lens_json"), rs.getString("guidance_json"));
    }

    /** The checksum of an evidence_result row selected with at least {@link #RESULT_COLUMNS}. */
    static String result(ResultSet rs) throws SQLException {
        return result(rs.getLong("run_id"), rs.getString("check_id"), rs.getString("status"), rs.getString("reason"),
                rs.getString("account_id"), rs.getString("region"), rs.getString("resource_id"),
                rs.getString("observed"), rs.getString("proof"), rs.getString("best_practices"));
    }

    static String describeLens(ResultSet rs) throws SQLException {
        return "the stored lens edition " + rs.getString("alias") + " " + rs.getString("version");
    }

    static String describeResult(ResultSet rs) throws SQLException {
        return "evidence result " + rs.getLong("id") + " of run " + rs.getLong("run_id");
    }
}
