package io.secpillar.report.pdf;

import io.secpillar.report.AccountSummary;
import io.secpillar.report.EvidenceTally;
import io.secpillar.report.ReportModel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evidence by account, for a review that spans many accounts: one row per account, worst first, and, when
 * the run knows the organization's OUs, a table by OU before it and the OU beside each account.
 */
final class AccountsSection extends SectionRenderer {

    AccountsSection() {
        super("accounts", "Summary by account", 0.04, Numbering.NUMBERED);
    }

    @Override
    void draw(Blocks blocks, String number, ReportModel model, SectionProgress progress) throws IOException {
        progress.update(0, "Writing the summary by account");
        if (!model.appendix().hasRun()) {
            blocks.callout("No evidence run", SummarySection.NO_EVIDENCE, Palette.NOT_APPLICABLE);
            return;
        }
        List<AccountSummary> accounts = model.accounts();
        blocks.paragraph(accounts.size() + " " + SummarySection.plural(accounts.size(), "account") + " returned results"
                + " in evidence run " + model.appendix().usedRun().get().id() + ". They are listed with the most "
                + "failed results first; the share is the part of an account's results that failed.");
        boolean ous = model.hasOrganizationalUnits();
        if (ous) {
            blocks.heading(number + ".1  By organizational unit", true);
            Table t = new Table(blocks.flow(), List.of(Table.Column.of("Organizational unit", 4f),
                    Table.Column.number("Accounts", 1f), Table.Column.number("Passed", 1f),
                    Table.Column.number("Failed", 1f), Table.Column.number("Not assessed", 1.2f),
                    Table.Column.number("Failed share", 1.1f)), 8f);
            for (Map.Entry<String, List<AccountSummary>> ou : byOu(accounts).entrySet()) {
                EvidenceTally sum = sum(ou.getValue());
                t.row(Table.Cell.bold(ou.getKey()), Table.Cell.of(String.valueOf(ou.getValue().size())),
                        Table.Cell.of(String.valueOf(sum.passed())), failed(sum),
                        Table.Cell.of(String.valueOf(sum.couldNotAssess())), Table.Cell.of(share(sum)));
            }
            t.end();
            blocks.heading(number + ".2  By account", true);
        }
        List<Table.Column> columns = new ArrayList<>(List.of(Table.Column.of("Account", 2.6f)));
        if (ous) {
            columns.add(Table.Column.of("Organizational unit", 2.4f));
        }
        columns.addAll(List.of(Table.Column.number("Passed", 1f), Table.Column.number("Failed", 1f),
                Table.Column.number("Not assessed", 1.2f), Table.Column.number("N/A", 0.8f),
                Table.Column.number("Failed share", 1.1f)));
        Table t = new Table(blocks.flow(), columns, 8f);
        int done = 0;
        for (AccountSummary a : accounts) {
            List<Table.Cell> cells = new ArrayList<>();
            cells.add(Table.Cell.of(a.accountId() + a.name().map(n -> "\n" + n).orElse("")));
            if (ous) {
                cells.add(Table.Cell.of(a.organizationalUnit().orElse("—")));
            }
            EvidenceTally s = a.tally();
            cells.addAll(List.of(Table.Cell.of(String.valueOf(s.passed())), failed(s),
                    Table.Cell.of(String.valueOf(s.couldNotAssess())), Table.Cell.of(String.valueOf(s.notApplicable())),
                    Table.Cell.of(share(s))));
            t.row(cells);
            progress.update((double) ++done / accounts.size(), "Writing account " + done + " of " + accounts.size());
        }
        t.end();
    }

    /** OUs in the order of their worst account (the accounts come worst first); accounts without an OU last. */
    private static Map<String, List<AccountSummary>> byOu(List<AccountSummary> accounts) {
        Map<String, List<AccountSummary>> groups = new LinkedHashMap<>();
        for (AccountSummary a : accounts) {
            if (a.organizationalUnit().isPresent()) {
                groups.computeIfAbsent(a.organizationalUnit().get(), k -> new ArrayList<>()).add(a);
            }
        }
        accounts.stream().filter(a -> a.organizationalUnit().isEmpty())
                .forEach(a -> groups.computeIfAbsent("Outside any OU", k -> new ArrayList<>()).add(a));
        return groups;
    }

    private static EvidenceTally sum(List<AccountSummary> accounts) {
        return accounts.stream().map(AccountSummary::tally).reduce(EvidenceTally.EMPTY, EvidenceTally::plus);
    }

    private static Table.Cell failed(EvidenceTally t) {
        String n = String.valueOf(t.failed());
        return t.failed() > 0 ? Table.Cell.colored(n, Palette.HIGH) : Table.Cell.of(n);
    }

    private static String share(EvidenceTally t) {
        return t.total() == 0 ? "—" : String.format(Locale.ROOT, "%.0f %%", 100.0 * t.failed() / t.total());
    }
}
