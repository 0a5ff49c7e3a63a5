package io.secpillar.report.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one list of sections: ids as --sections spells them, titles as the dialog and the contents show them. */
class ReportSectionsTest {

    @Test
    void theSectionsInTheReportsOrder() {
        assertThat(ReportSections.ids()).containsExactly("summary", "accounts", "questions", "plan", "appendix");
        assertThat(ReportSections.ALL).extracting(SectionRenderer::title)
                .containsExactly("Executive summary", "Summary by account", "Questions", "Improvement plan", "Appendix: evidence");
    }

    @Test
    void idsAreUniqueAndCanBeTypedOnACommandLine() {
        assertThat(ReportSections.ids()).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][a-z0-9-]*"));
        assertThat(ReportSections.ALL).allMatch(s -> s.share() > 0);
        assertThat(ReportSections.byId("plan")).containsSame(ReportSections.ALL.get(3));
        assertThat(ReportSections.byId("Plan")).isEmpty();
    }
}
