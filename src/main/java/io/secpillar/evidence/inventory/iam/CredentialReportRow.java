package io.secpillar.evidence.inventory.iam;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One line of the credential report, by column name (user, arn, password_enabled, mfa_active,
 * access_key_1_active …). The report holds no secrets: only names, flags and dates.
 */
public record CredentialReportRow(Map<String, String> columns) {

    static final String ROOT_USER = "<root_account>";

    public CredentialReportRow {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public String user() {
        return text("user");
    }

    public String arn() {
        return text("arn");
    }

    public boolean isRoot() {
        return ROOT_USER.equals(user());
    }

    public String text(String column) {
        return columns.getOrDefault(column, "");
    }

    public boolean flag(String column) {
        return "true".equalsIgnoreCase(text(column));
    }

    /** A date column; empty for "N/A", "no_information", "not_supported" and the like. */
    public Optional<Instant> date(String column) {
        try {
            return Optional.of(OffsetDateTime.parse(text(column)).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The active access keys of this row, as 1 and/or 2. */
    public List<Integer> activeKeys() {
        return List.of(1, 2).stream().filter(n -> flag("access_key_" + n + "_active")).toList();
    }

    /** The chosen columns as "name=value" pairs: the excerpt of the report a finding shows as proof. */
    public String excerpt(String... names) {
        StringBuilder out = new StringBuilder("credential report: user=").append(user());
        for (String name : names) {
            out.append(", ").append(name).append('=').append(text(name));
        }
        return out.toString();
    }
}
