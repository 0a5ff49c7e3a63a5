package io.secpillar.report;

import java.util.List;
import java.util.Set;

/**
 * The whole report as data, ready for a renderer: built from a review snapshot and its evidence, never from
 * the PDF library. The facts of sections not chosen are still present here; {@link #sections()} holds the ids of
 * the sections to print (as the renderer's list names them).
 */
public record ReportModel(Set<String> sections, Branding branding, DocumentInfo info, ReportCover cover,
                          ExecutiveSummary summary, List<QuestionSection> questions, List<ImprovementItem> plan,
                          int unansweredQuestions, EvidenceAppendix appendix) {

    public ReportModel {
        sections = Set.copyOf(sections);
        questions = List.copyOf(questions);
        plan = List.copyOf(plan);
    }

    public boolean includes(String sectionId) {
        return sections.contains(sectionId);
    }
}
