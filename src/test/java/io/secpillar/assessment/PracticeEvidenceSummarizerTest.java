package io.secpillar.assessment;

import io.secpillar.evidence.CheckInfo;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.EvidenceResult;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.pillar.BundledLens;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PracticeEvidenceSummarizerTest {

    static final CheckInfo ENC = new CheckInfo("s3_bucket_default_encryption", "S3 buckets encrypt by default", "s3",
            Severity.HIGH, Scope.GLOBAL, "");
    static final CheckInfo EBS = new CheckInfo("ec2_ebs_default_encryption", "EBS encryption by default", "ec2",
            Severity.HIGH, Scope.REGIONAL, "");
    final CheckMapping mapping = new CheckMapping(Map.of("SEC08-BP02", List.of(ENC.id(), EBS.id()),
            "SEC02-BP01", List.of("iam_root_mfa_enabled"), "SEC10-BP01", List.of()));

    static EvidenceResult r(CheckInfo c, String resource, Status s, String reason) {
        return new EvidenceResult(new Finding(c.id(), s, "111122223333", "eu-west-1", resource, reason, Map.of(), ""), c,
                List.of("SEC08-BP02"));
    }

    static List<EvidenceResult> buckets(int failing, int passing) {
        List<EvidenceResult> out = new ArrayList<>();
        for (int i = 0; i < failing; i++) {
            out.add(r(ENC, "arn:aws:s3:::fail-" + i, Status.FAIL, "no default encryption"));
        }
        for (int i = 0; i < passing; i++) {
            out.add(r(ENC, "arn:aws:s3:::ok-" + i, Status.PASS, "encrypted"));
        }
        return out;
    }

    @Test
    void failuresGiveNotInPlaceWithCountsPerCheckAndFailingResourcesFirst() {
        List<EvidenceResult> results = new ArrayList<>(buckets(3, 2));
        results.add(0, r(EBS, "111122223333", Status.PASS, "on"));
        PracticeEvidence e = new PracticeEvidenceSummarizer(mapping).summarize("SEC08-BP02", 7, results);
        assertThat(e.verdict()).isEqualTo(PracticeEvidence.Verdict.NOT_IN_PLACE);
        assertThat(e.failed()).isEqualTo(3);
        assertThat(e.passed()).isEqualTo(3);
        assertThat(e.suggestion()).isEqualTo("Evidence suggests this is not in place: 3 of 5 S3 buckets fail"
                + " “S3 buckets encrypt by default”.");
        assertThat(e.results().subList(0, 3)).allMatch(x -> x.status() == Status.FAIL);
        assertThat(e.checks()).extracting(PracticeEvidence.CheckTally::checkId).containsExactly(ENC.id(), EBS.id());
        assertThat(e.suggestsInPlace()).contains(false);
    }

    @Test
    void allPassingIsInPlaceAndCouldNotAssessIsNeverAPass() {
        PracticeEvidenceSummarizer s = new PracticeEvidenceSummarizer(mapping);
        PracticeEvidence all = s.summarize("SEC08-BP02", 7, buckets(0, 4));
        assertThat(all.verdict()).isEqualTo(PracticeEvidence.Verdict.IN_PLACE);
        assertThat(all.suggestion()).contains("in place").contains("all 4 results");
        assertThat(all.suggestsInPlace()).contains(true);

        List<EvidenceResult> mixed = new ArrayList<>(buckets(0, 2));
        mixed.add(r(ENC, "arn:aws:s3:::x", Status.COULD_NOT_ASSESS, "Access denied: the profile lacks the permission s3:GetEncryptionConfiguration"));
        PracticeEvidence likely = s.summarize("SEC08-BP02", 7, mixed);
        assertThat(likely.verdict()).isEqualTo(PracticeEvidence.Verdict.LIKELY_IN_PLACE);
        assertThat(likely.suggestion()).contains("s3:GetEncryptionConfiguration");
        assertThat(likely.suggestsInPlace()).isEmpty();

        PracticeEvidence unknown = s.summarize("SEC08-BP02", 7, List.of(mixed.get(2)));
        assertThat(unknown.verdict()).isEqualTo(PracticeEvidence.Verdict.UNKNOWN);
        assertThat(unknown.suggestion()).startsWith("Evidence could not decide: 1 result could not be assessed");
    }

    @Test
    void practicesWithoutChecksOrResultsSaySo() {
        PracticeEvidenceSummarizer s = new PracticeEvidenceSummarizer(mapping);
        assertThat(s.summarize("SEC10-BP01", 7, buckets(1, 1)).suggestion()).contains("No automated check");
        PracticeEvidence none = s.summarize("SEC02-BP01", 7, buckets(1, 1));
        assertThat(none.verdict()).isEqualTo(PracticeEvidence.Verdict.NO_EVIDENCE);
        assertThat(none.suggestion()).contains("Run 7 holds no results");
        assertThat(s.summarizeAll(7, buckets(1, 1))).containsKeys("SEC08-BP02", "SEC02-BP01", "SEC10-BP01");
    }

    @Test
    void followingTheEvidenceTicksOrUnticksTheChoiceOnlyWhenItIsClear() {
        LoadedLens lens = BundledLens.load();
        Question q = lens.lens().question("protect_data_rest").orElseThrow();
        String choice = "sec_protect_data_rest_encrypt";
        PracticeEvidenceSummarizer s = new PracticeEvidenceSummarizer(mapping);
        Answer empty = Answer.empty(q.id(), Instant.EPOCH);
        Answer ticked = EvidenceDecisions.answerFollowing(empty, q, choice, s.summarize("SEC08-BP02", 1, buckets(0, 3)));
        assertThat(ticked.selected()).contains(choice);
        Answer unticked = EvidenceDecisions.answerFollowing(ticked, q, choice, s.summarize("SEC08-BP02", 1, buckets(2, 3)));
        assertThat(unticked.selected()).doesNotContain(choice);
        Answer same = EvidenceDecisions.answerFollowing(ticked, q, choice, s.summarize("SEC02-BP01", 1, List.of()));
        assertThat(same).isEqualTo(ticked);
    }
}
