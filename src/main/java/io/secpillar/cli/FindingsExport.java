package io.secpillar.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.Finding;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes scan results for automation: JSON (an array, one object per result) or CSV. The file is written
 * beside the target and moved into place, so a failed write never leaves half a file behind.
 */
final class FindingsExport {

    enum Format { json, csv }

    static final List<String> CSV_COLUMNS = List.of("runId", "checkId", "status", "severity", "service", "accountId",
            "region", "resourceArn", "bestPractices", "reason", "observed", "title");

    private FindingsExport() {
    }

    static void write(long runId, List<EvidenceResult> results, Format format, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".secpillar-scan-", ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                if (format == Format.json) {
                    JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                            .writeValue(w, results.stream().map(r -> row(runId, r)).toList());
                } else {
                    writeCsv(w, runId, results);
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static Map<String, Object> row(long runId, EvidenceResult r) {
        Finding f = r.finding();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runId", runId);
        m.put("checkId", f.checkId());
        m.put("title", r.check().title());
        m.put("service", r.check().service());
        m.put("severity", r.check().severity().name());
        m.put("status", f.status().name());
        m.put("reason", f.reason());
        m.put("accountId", f.accountId());
        m.put("region", f.region());
        m.put("resourceArn", f.resourceId());
        m.put("bestPractices", r.bestPractices());
        m.put("observed", new TreeMap<>(f.observed()));
        m.put("proof", f.proof());
        return m;
    }

    private static void writeCsv(Writer w, long runId, List<EvidenceResult> results) throws IOException {
        w.write(String.join(",", CSV_COLUMNS));
        w.write("\r\n");
        for (EvidenceResult r : results) {
            Finding f = r.finding();
            List<String> cells = List.of(String.valueOf(runId), f.checkId(), f.status().name(), r.check().severity().name(),
                    r.check().service(), f.accountId(), f.region(), f.resourceId(), String.join(";", r.bestPractices()),
                    f.reason(), observed(f.observed()), r.check().title());
            StringBuilder line = new StringBuilder();
            for (String cell : cells) {
                line.append(line.length() == 0 ? "" : ",").append(csv(cell));
            }
            w.write(line.append("\r\n").toString());
        }
    }

    private static String observed(Map<String, String> observed) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(observed).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        return sb.toString();
    }

    /**
     * Quotes as RFC 4180 wants, and defuses cells a spreadsheet would run as a formula: those starting with
     * = + - @ (after any spaces, which some spreadsheets skip) or with a tab, carriage return or line feed.
     */
    static String csv(String value) {
        String v = value;
        String start = v.stripLeading();
        if (!v.isEmpty() && ("\t\r\n".indexOf(v.charAt(0)) >= 0
                || !start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0)) {
            v = "'" + v;
        }
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
