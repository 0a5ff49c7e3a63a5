package io.secpillar.assessment.handover;

import io.secpillar.app.Services;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.audit.AuditRecord;
import io.secpillar.pillar.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export a whole engagement, import it into another data directory, and compare everything. */
class HandoverRoundTripTest {

    @TempDir
    Path dir;

    /** The demo (two milestones, two runs, a plan, attachments) plus evidence decisions of both kinds. */
    static Workload demoWithDecisions(Services services) {
        Workload w = services.demo().create();
        ReviewSnapshot s = services.reviews().open(w.id());
        long firstRun = services.evidence().runsForWorkload(w.id()).get(1).id();
        Question sec08 = s.questions().get(7);
        services.evidenceDecisions().overridden(s.review().id(), sec08.id(), sec08.bestPractices().get(1).id(), firstRun, "Anna");
        services.evidenceDecisions().accepted(s.review().id(), sec08.id(), sec08.bestPractices().get(2).id(), firstRun, "Ben");
        return w;
    }

    @Test
    void anExportedWorkloadImportsElsewhereWithNothingLost() throws Exception {
        Path file = dir.resolve("claims-portal.secpillar");
        WorkloadDump before;
        try (Services consultant = Services.open(dir.resolve("consultant"), Clock.systemUTC())) {
            Workload w = demoWithDecisions(consultant);
            String sha = consultant.engagement().handover().export(w.id(), file);
            assertThat(sha).matches("[0-9a-f]{64}");
            before = WorkloadDump.of(consultant, w.id());
            assertThat(before.trail().get(before.trail().size() - 1).kind()).isEqualTo(ChangeKind.EXPORTED);
            assertThat(before.runs()).hasSize(2);
            assertThat(before.milestones()).hasSize(2);
            assertThat(before.attachments()).hasSize(2);
            assertThat(before.decisions()).hasSize(2);
            assertThat(before.improvements()).isNotEmpty();
        }
        String header = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().findFirst().orElseThrow();
        assertThat(header).startsWith("{\"format\":\"secpillar-handover\",\"schemaVersion\":1,\"contentLength\":");

        try (Services reviewer = Services.open(dir.resolve("reviewer"), Clock.systemUTC())) {
            ImportPreview preview = reviewer.engagement().handover().preview(file);
            assertThat(preview.existing()).isEmpty();
            assertThat(preview.evidenceResults()).isEqualTo(2 * 197);
            ImportResult result = reviewer.engagement().handover().importFile(file, false);
            WorkloadDump after = WorkloadDump.of(reviewer, result.workload().id());

            assertThat(after.workload()).isEqualTo(before.workload());
            assertThat(after.answers()).isEqualTo(before.answers());
            assertThat(after.decisions()).isEqualTo(before.decisions());
            assertThat(after.milestones()).isEqualTo(before.milestones());
            assertThat(after.improvements()).isEqualTo(before.improvements());
            assertThat(after.attachments()).isEqualTo(before.attachments());
            assertThat(after.runs()).isEqualTo(before.runs());
            assertThat(after.trail().subList(0, before.trail().size())).isEqualTo(before.trail());
            AuditRecord imported = after.trail().get(after.trail().size() - 1);
            assertThat(imported.kind()).isEqualTo(ChangeKind.IMPORTED);
            assertThat(imported.summary()).contains("claims-portal.secpillar", preview.contentSha256());
            assertThat(reviewer.engagement().verifier().verify(result.workload().id()).ok()).isTrue();
            assertThat(reviewer.engagement().milestones().compare(result.workload().id(),
                    reviewer.engagement().milestones().list(result.workload().id()).get(0),
                    reviewer.engagement().milestones().list(result.workload().id()).get(1)).evidence().fixed()).hasSize(11);

            assertThatThrownBy(() -> reviewer.engagement().handover().importFile(file, false))
                    .isInstanceOf(AlreadyHereException.class).hasMessageContaining("is already in this data directory");
            ImportResult copy = reviewer.engagement().handover().importFile(file, true);
            assertThat(copy.workload().name()).isEqualTo("Claims Portal (copy)");
            WorkloadDump copied = WorkloadDump.of(reviewer, copy.workload().id());
            assertThat(copied.workload().get(3)).isNotEqualTo(before.workload().get(3));
            assertThat(copied.answers()).isEqualTo(before.answers());
            assertThat(copied.trail()).extracting(AuditRecord::kind).endsWith(ChangeKind.IMPORTED, ChangeKind.WORKLOAD_UPDATED);
            assertThat(reviewer.engagement().verifier().verify(copy.workload().id()).ok()).isTrue();
            assertThat(reviewer.reviews().workloads()).hasSize(2);
        }
    }

    @Test
    void anUnwritableTargetExportsNothingAndRecordsNothing() {
        try (Services services = Services.open(dir.resolve("store"), Clock.systemUTC())) {
            Workload w = services.demo().create();
            long records = services.engagement().audit().head(w.id()).records();
            assertThatThrownBy(() -> services.engagement().handover().export(w.id(), dir.resolve("missing/x.secpillar")))
                    .isInstanceOf(HandoverFileException.class).hasMessageContaining("does not exist. Nothing was exported.");
            assertThat(services.engagement().audit().head(w.id()).records()).isEqualTo(records);
            assertThat(List.of(dir.toFile().list())).containsExactly("store");
        }
    }
}
