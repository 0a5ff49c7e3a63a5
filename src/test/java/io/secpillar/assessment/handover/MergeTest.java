package io.secpillar.assessment.handover;

import io.secpillar.app.Services;
import io.secpillar.assessment.ChangeKind;
import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.assessment.Workload;
import io.secpillar.assessment.WorkloadDraft;
import io.secpillar.assessment.audit.AuditRecord;
import io.secpillar.assessment.handover.MergePlan.Outcome;
import io.secpillar.assessment.handover.MergePlan.Resolution;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A consultant hands the review to a reviewer, both change answers, the reviewer sends the file back: the merge
 * shows what the reviewer changed and the conflict, applies the resolution and records it.
 */
class MergeTest {

    @TempDir
    Path dir;

    private static void edit(Services s, long workloadId, int question, String notes, String by, int... tick) {
        ReviewSnapshot snap = s.reviews().open(workloadId);
        Question q = snap.questions().get(question);
        Answer a = snap.answer(q.id()).orElse(Answer.empty(q.id(), s.reviews().clock().instant()));
        for (int t : tick) {
            a = a.withChoice(q, q.bestPractices().get(t).id(), true);
        }
        s.reviews().saveAnswer(snap.review().id(), a.withNotes(notes).changed(by, s.reviews().clock().instant()));
    }

    private static String notes(Services s, long workloadId, int question) {
        ReviewSnapshot snap = s.reviews().open(workloadId);
        return snap.answer(snap.questions().get(question).id()).map(Answer::notes).orElse("");
    }

    @Test
    void aReturnedFileMergesWithItsConflictResolved() throws Exception {
        Path out = dir.resolve("to-ben.secpillar");
        Path back = dir.resolve("from-ben.secpillar");
        Services consultant = Services.open(dir.resolve("anna"), Clock.systemUTC());
        try (consultant) {
            Workload w = consultant.reviews().create(new WorkloadDraft("Payments API", "Zürich Bank AG", "", null,
                    List.of(), List.of(), "Anna"), consultant.lenses().bundled());
            edit(consultant, w.id(), 0, "Landing zone in place.", "Anna", 0, 1);
            edit(consultant, w.id(), 2, "Roles reviewed quarterly.", "Anna", 0);
            consultant.engagement().handover().export(w.id(), out);

            try (Services reviewer = Services.open(dir.resolve("ben"), Clock.systemUTC())) {
                long copy = reviewer.engagement().handover().importFile(out, false).workload().id();
                edit(reviewer, copy, 1, "SSO through Entra ID, MFA enforced.", "Ben", 0, 2);
                edit(reviewer, copy, 2, "Reviewer: roles reviewed, but no access analyzer.", "Ben");
                edit(reviewer, copy, 3, "Both agree.", "Ben");
                reviewer.engagement().handover().export(copy, back);
            }

            edit(consultant, w.id(), 2, "Consultant: quarterly reviews confirmed by the CISO.", "Anna");
            edit(consultant, w.id(), 3, "Both agree.", "Anna");
            edit(consultant, w.id(), 4, "Changed here after the export.", "Anna", 0);

            MergePlan plan = consultant.engagement().handover().planMerge(w.id(), back);
            assertThat(plan.questions()).extracting(MergePlan.QuestionMerge::outcome).startsWith(Outcome.UNCHANGED,
                    Outcome.THEIRS, Outcome.CONFLICT, Outcome.SAME, Outcome.MINE, Outcome.UNCHANGED);
            assertThat(plan.theirReviewer()).isEqualTo(System.getProperty("user.name"));
            assertThat(plan.theirChanges()).singleElement().satisfies(q -> {
                assertThat(q.label()).isEqualTo("SEC02");
                assertThat(q.theirChange()).startsWith("SEC02: ticked SEC02-BP01, SEC02-BP03; notes added");
            });
            assertThat(plan.conflicts()).singleElement().satisfies(q -> {
                assertThat(q.label()).isEqualTo("SEC03");
                assertThat(q.base().orElseThrow().notes()).isEqualTo("Roles reviewed quarterly.");
                assertThat(q.mine().orElseThrow().notes()).startsWith("Consultant:");
                assertThat(q.theirs().orElseThrow().notes()).startsWith("Reviewer:");
            });

            long before = consultant.engagement().audit().head(w.id()).records();
            assertThatThrownBy(() -> consultant.engagement().handover().merge(plan, Map.of()))
                    .isInstanceOf(MergeConflictException.class).hasMessageContaining("Resolve the conflicts first: SEC03");
            assertThat(consultant.engagement().audit().head(w.id()).records()).isEqualTo(before);

            String sec03 = plan.conflicts().get(0).questionId();
            MergeResult result = consultant.engagement().handover().merge(plan, Map.of(sec03, Resolution.KEEP_MINE));
            assertThat(result.taken()).containsExactly("SEC02");
            assertThat(result.kept()).containsExactly("SEC03");
            assertThat(notes(consultant, w.id(), 1)).isEqualTo("SSO through Entra ID, MFA enforced.");
            assertThat(notes(consultant, w.id(), 2)).startsWith("Consultant:");
            assertThat(notes(consultant, w.id(), 4)).isEqualTo("Changed here after the export.");

            List<AuditRecord> trail = consultant.engagement().audit().latest(w.id(), 0, 2);
            assertThat(trail.get(0).kind()).isEqualTo(ChangeKind.MERGED);
            assertThat(trail.get(0).summary()).contains("from-ben.secpillar", "took SEC02", "kept ours for SEC03");
            assertThat(trail.get(1).kind()).isEqualTo(ChangeKind.ANSWER_CHANGED);
            assertThat(trail.get(1).reviewer()).isEqualTo("Ben");
            assertThat(consultant.engagement().verifier().verify(w.id()).ok()).isTrue();

            assertThatThrownBy(() -> consultant.engagement().handover().merge(plan, Map.of(sec03, Resolution.TAKE_THEIRS)))
                    .isInstanceOf(MergeConflictException.class).hasMessageContaining("changed since this merge was prepared");
        }
    }

    @Test
    void aFileOfAnotherWorkloadDoesNotMerge() {
        Path other = dir.resolve("other.secpillar");
        try (Services s = Services.open(dir.resolve("store"), Clock.systemUTC())) {
            Workload a = s.reviews().create(new WorkloadDraft("A", "", "", null, List.of(), List.of(), ""), s.lenses().bundled());
            Workload b = s.reviews().create(new WorkloadDraft("B", "", "", null, List.of(), List.of(), ""), s.lenses().bundled());
            s.engagement().handover().export(b.id(), other);
            assertThatThrownBy(() -> s.engagement().handover().planMerge(a.id(), other))
                    .isInstanceOf(HandoverFileException.class).hasMessageContaining("is not a hand-over of \"A\"");
        }
    }
}
