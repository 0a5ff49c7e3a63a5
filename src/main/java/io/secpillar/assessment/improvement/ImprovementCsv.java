package io.secpillar.assessment.improvement;

import io.secpillar.assessment.PracticeEvidence;
import io.secpillar.pillar.PracticeLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The improvement plan as CSV: a full table for spreadsheets, and one Jira's CSV importer takes (one row per item
 * still to do: Summary, Issue Type, Priority, Assignee, Due date as yyyy-MM-dd, Labels, Description). Both are
 * RFC 4180 with CRLF line ends; cells a spreadsheet would run as a formula are defused with a leading apostrophe.
 */
public final class ImprovementCsv {

    public static final String JIRA_DATE_FORMAT = "yyyy-MM-dd";

    private ImprovementCsv() {
    }

    public static String table(List<ImprovementItem> items) {
        StringBuilder out = new StringBuilder();
        row(out, List.of("Priority", "Practice", "Title", "Question", "Question risk", "Status", "Owner", "Due date",
                "Flag", "Justification", "Accepted until", "Notes", "Evidence", "In place"));
        for (ImprovementItem i : items) {
            ImprovementTracking t = i.tracking();
            row(out, List.of(i.practice().level().label(), i.practice().label(), i.practice().title(),
                    i.questionLabel() + " " + i.questionTitle(), i.questionRisk().label(), t.status().label(), t.owner(),
                    date(t.due()), i.flag(), t.justification(), date(t.acceptedUntil()), t.notes(), evidence(i),
                    i.inPlace() ? "yes" : "no"));
        }
        return out.toString();
    }

    /** Items still to do (open or in progress), for Jira's "Import issues from CSV". */
    public static String jira(String workloadName, List<ImprovementItem> items) {
        StringBuilder out = new StringBuilder();
        row(out, List.of("Summary", "Issue Type", "Priority", "Assignee", "Due date", "Labels", "Labels", "Labels",
                "Description"));
        String workloadLabel = label(workloadName);
        for (ImprovementItem i : items) {
            if (!toDo(i)) {
                continue;
            }
            ImprovementTracking t = i.tracking();
            String description = "Best practice " + i.practice().label() + " (" + i.practice().level().label()
                    + " level) is not in place.\n" + "Question " + i.questionLabel() + ": " + i.questionTitle()
                    + " (" + i.questionRisk().label() + ").\n" + "Status in the review: " + t.status().label() + "."
                    + (evidence(i).isEmpty() ? "" : "\nEvidence: " + evidence(i))
                    + (t.notes().isEmpty() ? "" : "\nNotes: " + t.notes());
            row(out, List.of(cut(i.practice().label() + " " + i.practice().title(), 250), "Task",
                    priority(i.practice().level()), t.owner(), date(t.due()), "secpillar", label(i.practice().label()),
                    workloadLabel, description));
        }
        return out.toString();
    }

    /** Still to do: open or in progress, and the practice not in place. */
    public static boolean toDo(ImprovementItem i) {
        return i.status().active() && !i.inPlace();
    }

    private static String priority(PracticeLevel level) {
        return switch (level) {
            case HIGH -> "High";
            case MEDIUM -> "Medium";
            case LOW -> "Low";
            case UNSPECIFIED -> "Medium";
        };
    }

    private static String evidence(ImprovementItem i) {
        return i.evidence().filter(PracticeEvidence::hasEvidence).map(PracticeEvidence::suggestion).orElse("");
    }

    /** Jira labels cannot hold spaces. */
    static String label(String text) {
        String l = text.strip().replaceAll("[^\\p{L}\\p{N}_.-]+", "-").replaceAll("(^-+|-+$)", "");
        return l.isEmpty() ? "workload" : l.toLowerCase(Locale.ROOT);
    }

    private static String date(java.util.Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("");
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static void row(StringBuilder out, List<String> cells) {
        List<String> quoted = new ArrayList<>();
        cells.forEach(c -> quoted.add(cell(c)));
        out.append(quoted.stream().collect(Collectors.joining(","))).append("\r\n");
    }

    /** Quotes as RFC 4180 wants; a leading = + - @ tab or CR would make a spreadsheet run the cell, so it is defused. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
