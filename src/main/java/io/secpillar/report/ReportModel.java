package io.secpillar.report;

import java.util.List;
import java.util.Set;

/**
 * The whole report as data, ready for a renderer: built from a review snapshot and its evidence, never from
 * the PDF library. The facts of sections not chosen are still present here; {@link #sections()} holds the ids of
 * the sections to print (as the renderer's list names them).
 *
 * @param accounts the evidence by account, worst first (empty without an evidence run)
 * @param masked   account ids and resource names are masked throughout
 */
public record ReportModel(Set<String> sections, Branding branding, DocumentInfo info, ReportCover cover,
                          ExecutiveSummary summary, List<QuestionSection> questions, List<ImprovementItem> plan,
                          int unansweredQuestions, EvidenceAppendix appendix, List<AccountSummary> accounts,
                          boolean masked) {

    public ReportModel {
        sections = Set.copyOf(sections);
        questions = List.copyOf(questions);
        plan = List.copyOf(plan);
        accounts = List.copyOf(accounts);
    }

    /** True when the accounts carry OU data, so the summary can group them by OU. */
    public boolean hasOrganizationalUnits() {
        return accounts.stream().anyMatch(a -> a.organizationalUnit().isPresent());
    }

    public boolean includes(String sectionId) {
        return sections.contains(sectionId);
    }
}
