package io.secpillar.assessment.improvement;

import io.secpillar.app.Services;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.audit.AuditRecord;
import io.secpillar.pillar.PracticeLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The improvement plan of the demo: items follow the answers, tracking is validated and recorded, CSV is safe. */
class ImprovementPlanTest {

    @TempDir
    Path dir;

    @Test
    void itemsFollowTheAnswersHighFirstWithTheirTrackingAndFlags() {
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            Workload w = services.demo().create();
            ImprovementPlan plan = services.engagement().improvements();
            List<ImprovementItem> items = plan.items(w.id());
            assertThat(items).extracting(i -> i.practice().label()).startsWith("SEC01-BP07", "SEC09-BP01", "SEC10-BP01");
            assertThat(items.stream().filter(i -> !i.inPlace()).map(i -> i.practice().level()).toList())
                    .isSortedAccordingTo(Enum::compareTo);
            assertThat(items.get(items.size() - 1).inPlace()).isTrue();
            assertThat(items.get(items.size() - 1).practice().label()).isEqualTo("SEC05-BP02");
            assertThat(items.get(items.size() - 1).status()).isEqualTo(ImprovementStatus.DONE);
            ImprovementItem overdue = plan.item(w.id(), "SEC10-BP04").orElseThrow();
            assertThat(overdue.overdue()).isTrue();
            assertThat(overdue.flag()).isEqualTo("Overdue");
            assertThat(plan.proposedDone(w.id())).extracting(i -> i.practice().label()).containsExactly("SEC10-BP03");
            assertThat(plan.items(w.id(), new ImprovementFilter(EnumSet.of(ImprovementStatus.RISK_ACCEPTED), Optional.empty(),
                    Optional.empty(), false, ""), ImprovementSort.DUE_DATE)).extracting(i -> i.practice().label())
                    .containsExactly("SEC09-BP01");
            assertThat(plan.items(w.id(), new ImprovementFilter(EnumSet.allOf(ImprovementStatus.class), Optional.of("security operations"),
                    Optional.of(PracticeLevel.MEDIUM), true, ""), ImprovementSort.OWNER)).extracting(i -> i.practice().label())
                    .containsExactly("SEC10-BP04");
            // practices in place and questions not applicable are not on the plan
            assertThat(items).noneMatch(i -> i.practice().label().startsWith("SEC07") || i.practice().label().startsWith("SEC02"));
        }
    }

    @Test
    void updatesAreValidatedRecordedAndProposalsConfirmed() {
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            Workload w = services.demo().create();
            ImprovementPlan plan = services.engagement().improvements();
            assertThatThrownBy(() -> plan.update(w.id(), "SEC10-BP05", new ImprovementUpdate("", Optional.empty(),
                    ImprovementStatus.RISK_ACCEPTED, "", Optional.empty(), ""))).isInstanceOf(InvalidImprovementException.class)
                    .hasMessageContaining("needs a justification").hasMessageContaining("needs an expiry date");
            assertThatThrownBy(() -> plan.update(w.id(), "SEC02-BP01", new ImprovementUpdate("x", Optional.empty(),
                    ImprovementStatus.OPEN, "", Optional.empty(), ""))).hasMessageContaining("is not on the improvement plan");
            LocalDate due = LocalDate.now().plusDays(60);
            ImprovementItem item = plan.update(w.id(), "sec10-bp05", new ImprovementUpdate("Cloud Platform", Optional.of(due),
                    ImprovementStatus.IN_PROGRESS, "", Optional.empty(), "Break-glass roles via IAM Identity Center"));
            assertThat(item.tracking().owner()).isEqualTo("Cloud Platform");
            AuditRecord last = services.engagement().audit().latest(w.id(), 0, 1).get(0);
            assertThat(last.kind()).isEqualTo(ChangeKind.IMPROVEMENT_CHANGED);
            assertThat(last.summary()).isEqualTo("SEC10-BP05: status Open → In progress; owner Cloud Platform; due " + due
                    + "; notes changed");
            ImprovementItem confirmed = plan.confirmDone(w.id(), "SEC10-BP03");
            assertThat(confirmed.status()).isEqualTo(ImprovementStatus.DONE);
            assertThat(confirmed.tracking().notes()).startsWith("Confirmed done from evidence run 2");
            assertThatThrownBy(() -> plan.confirmDone(w.id(), "SEC10-BP04")).hasMessageContaining("is not proposed as done");
            assertThat(services.engagement().verifier().verify(w.id()).ok()).isTrue();
        }
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreDefused() {
        assertThat(ImprovementCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(ImprovementCsv.cell("+1+1")).isEqualTo("'+1+1");
        assertThat(ImprovementCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(ImprovementCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ImprovementCsv.cell("-42")).isEqualTo("-42");
        assertThat(ImprovementCsv.cell("a, b")).isEqualTo("\"a, b\"");
        assertThat(ImprovementCsv.label("Claims Portal (EU)")).isEqualTo("claims-portal-eu");
    }
}
