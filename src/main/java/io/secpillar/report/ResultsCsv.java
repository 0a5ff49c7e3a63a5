package io.secpillar.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Every evidence result of the report as CSV (RFC 4180, UTF-8), for the file carried inside the report: the
 * appendix prints a readable part of each check, this file has them all. A cell a spreadsheet would run as a
 * formula is defused with a leading apostrophe.
 */
public final class ResultsCsv {

    public static final List<String> COLUMNS = List.of("checkId", "checkTitle", "status", "accountId",
            "organizationalUnit", "region", "resourceId", "reason");

    private ResultsCsv() {
    }

    public static byte[] of(ReportModel model) {
        Map<String, AccountSummary> accounts = new java.util.HashMap<>();
        model.accounts().forEach(a -> accounts.put(a.accountId(), a));
        StringBuilder b = new StringBuilder(128 + model.appendix().results().size() * 200);
        b.append(String.join(",", COLUMNS)).append("\r\n");
        for (EvidenceLine l : model.appendix().results()) {
            String ou = java.util.Optional.ofNullable(accounts.get(l.accountId()))
                    .flatMap(AccountSummary::organizationalUnit).orElse("");
            row(b, l.checkId(), l.checkTitle(), l.status().name(), l.accountId(), ou, l.region(), l.resourceId(),
                    l.reason());
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder b, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells[i]));
        }
        b.append("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
