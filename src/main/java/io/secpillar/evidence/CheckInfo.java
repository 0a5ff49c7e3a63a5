package io.secpillar.evidence;

import java.util.Locale;
import java.util.Objects;

/**
 * What a stored result needs to know about its check, copied into each run so old runs stay readable after
 * the catalog changes: id, title, service, severity, scope and remediation.
 */
public record CheckInfo(String id, String title, String service, Severity severity, Scope scope, String remediation) {

    public CheckInfo {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, id);
        service = Objects.requireNonNullElse(service, "");
        severity = Objects.requireNonNullElse(severity, Severity.MEDIUM);
        scope = Objects.requireNonNullElse(scope, Scope.REGIONAL);
        remediation = Objects.requireNonNullElse(remediation, "");
    }

    public static CheckInfo of(CheckMetadata m) {
        return new CheckInfo(m.id(), m.title(), m.service(), m.severity(), m.scope(), m.remediation());
    }

    /** For a result whose check is no longer known: the service is the id's first word (s3_bucket_… → s3). */
    public static CheckInfo unknown(String id) {
        int cut = id.indexOf('_');
        String service = cut > 0 ? id.substring(0, cut).toLowerCase(Locale.ROOT) : "";
        return new CheckInfo(id, id, service, Severity.MEDIUM, Scope.REGIONAL, "");
    }
}
