package io.secpillar.evidence.inventory.iam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the CSV of the IAM credential report. IAM user names may contain commas and the report does not
 * quote them, so a line with too many fields is mended: the name shows up twice (in "user" and at the end of
 * "arn"), so the surplus fields are split evenly between those two leading columns.
 */
public final class CredentialReportCsv {

    private CredentialReportCsv() {
    }

    public static List<CredentialReportRow> parse(String csv) {
        List<String> lines = csv.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the credential report is empty");
        }
        List<String> header = fields(lines.get(0));
        if (!header.contains("user") || !header.contains("arn")) {
            throw new IllegalArgumentException("the credential report has no user/arn header: " + lines.get(0));
        }
        List<CredentialReportRow> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> values = mend(fields(line), header.size());
            Map<String, String> columns = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < values.size(); i++) {
                columns.put(header.get(i), values.get(i));
            }
            rows.add(new CredentialReportRow(columns));
        }
        return rows;
    }

    private static List<String> mend(List<String> values, int width) {
        int surplus = values.size() - width;
        if (surplus <= 0 || surplus % 2 != 0) {
            return values;
        }
        int extra = surplus / 2;
        List<String> mended = new ArrayList<>();
        mended.add(String.join(",", values.subList(0, extra + 1)));
        mended.add(String.join(",", values.subList(extra + 1, 2 * extra + 2)));
        mended.addAll(values.subList(2 * extra + 2, values.size()));
        return mended;
    }

    /** Splits one line on commas, honouring double quotes should a field ever be quoted. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }
}
