package io.secpillar.evidence;

import io.secpillar.app.Services;
import io.secpillar.assessment.PracticeEvidence;
import io.secpillar.assessment.PracticeEvidenceSummarizer;
import io.secpillar.assessment.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Creating the demo workload brings its evidence run, complete and mixed. */
class DemoEvidenceTest {

    @TempDir
    Path dir;

    @Test
    void theDemoWorkloadComesWithACompletedMixedEvidenceRun() {
        Instant now = Instant.parse("2026-11-29T10:00:00Z");
        try (Services services = Services.open(dir, Clock.fixed(now, ZoneOffset.UTC))) {
            Workload w = services.demo().create();
            List<EvidenceRunInfo> runs = services.evidence().runsForWorkload(w.id());
            assertThat(runs).hasSize(1);
            EvidenceRunInfo run = runs.get(0);
            assertThat(run.state()).isEqualTo(EvidenceRunInfo.State.COMPLETED);
            assertThat(run.accountIds()).containsExactly("111122223333", "444455556666", "777788889999");
            assertThat(run.regions()).containsExactly("eu-central-1", "eu-west-1");
            assertThat(run.endedAt()).contains(now.minusSeconds(86_400));
            List<EvidenceResult> results = services.evidence().results(run.id());
            assertThat(results).hasSizeGreaterThan(150);
            assertThat(results.stream().map(EvidenceResult::status).collect(Collectors.toSet()))
                    .isEqualTo(EnumSet.allOf(Status.class));
            Set<String> checks = results.stream().map(r -> r.finding().checkId()).collect(Collectors.toSet());
            assertThat(checks).hasSizeGreaterThanOrEqualTo(35).contains("iam_root_mfa_enabled",
                    "s3_bucket_default_encryption", "ec2_securitygroup_allow_ingress_from_internet_to_ssh",
                    "cloudtrail_multi_region_enabled", "guardduty_is_enabled", "vpc_flow_logs_enabled",
                    "rds_instance_storage_encrypted", "kms_cmk_rotation_enabled");
            assertThat(results).allSatisfy(r -> {
                assertThat(r.finding().resourceId()).isNotBlank();
                assertThat(r.finding().reason()).isNotBlank();
                assertThat(r.check().title()).isNotEqualTo(r.finding().checkId());
            });
            // labels come from the bundled mapping, as for a real run
            assertThat(results).filteredOn(r -> r.finding().checkId().equals("s3_bucket_default_encryption"))
                    .allMatch(r -> r.bestPractices().contains("SEC08-BP02"));
            assertThat(results).filteredOn(r -> r.status() == Status.COULD_NOT_ASSESS)
                    .allMatch(r -> r.finding().reason().contains("lacks the permission"));
        }
    }

    @Test
    void theDemoRunSummarisesPerPracticeThroughAMapping() {
        try (Services services = Services.open(dir, Clock.systemUTC())) {
            Workload w = services.demo().create();
            long runId = services.evidence().runsForWorkload(w.id()).get(0).id();
            CheckMapping mapping = new CheckMapping(Map.of("SEC08-BP02", List.of("s3_bucket_default_encryption",
                    "rds_instance_storage_encrypted", "ec2_ebs_volume_encryption")));
            PracticeEvidence e = new PracticeEvidenceSummarizer(mapping).summarize("SEC08-BP02", runId,
                    services.evidence().results(runId));
            assertThat(e.verdict()).isEqualTo(PracticeEvidence.Verdict.NOT_IN_PLACE);
            assertThat(e.suggestion()).contains("2 of 8 S3 buckets fail").contains("1 of 4 RDS databases fail")
                    .contains("2 of 5 EBS volumes fail");
        }
    }
}
