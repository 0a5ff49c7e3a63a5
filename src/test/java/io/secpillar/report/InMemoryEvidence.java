package io.secpillar.report;

import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.EvidenceRunInfo;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.Severity;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.port.EvidenceRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** An evidence store in memory with synthetic but realistic findings, for report tests and the benchmark. */
public final class InMemoryEvidence implements EvidenceRepository {

    /** Synthetic checks and the practices they bear on (the real catalog is delivered by the evidence feature). */
    public static final Map<String, List<String>> MAPPING = new LinkedHashMap<>();
    public static final Map<String, CheckMetadata> CHECKS = new LinkedHashMap<>();

    static {
        check("iam_root_mfa_enabled", "Root user has MFA enabled", "iam", Scope.GLOBAL, "SEC01-BP02", "iam:GetAccountSummary");
        check("organizations_scp_region_deny", "Service control policy limits regions", "organizations", Scope.GLOBAL, "SEC01-BP01", "organizations:ListPolicies");
        check("iam_user_no_access_keys", "IAM users have no long-term access keys", "iam", Scope.GLOBAL, "SEC02-BP02", "iam:ListAccessKeys");
        check("iam_policy_no_admin_star", "No customer policy grants *:*", "iam", Scope.GLOBAL, "SEC03-BP02", "iam:GetPolicyVersion");
        check("accessanalyzer_enabled", "IAM Access Analyzer is enabled", "accessanalyzer", Scope.REGIONAL, "SEC03-BP04", "access-analyzer:ListAnalyzers");
        check("cloudtrail_multi_region_enabled", "A multi-region CloudTrail trail logs", "cloudtrail", Scope.REGIONAL, "SEC04-BP01", "cloudtrail:DescribeTrails");
        check("guardduty_is_enabled", "GuardDuty is enabled", "guardduty", Scope.REGIONAL, "SEC04-BP02", "guardduty:ListDetectors");
        check("ec2_securitygroup_no_open_ssh", "Security groups allow no SSH from the internet", "ec2", Scope.REGIONAL, "SEC05-BP02", "ec2:DescribeSecurityGroups");
        check("ec2_instance_imdsv2_required", "EC2 instances require IMDSv2", "ec2", Scope.REGIONAL, "SEC06-BP01", "ec2:DescribeInstances");
        check("s3_bucket_default_encryption", "S3 buckets encrypt by default", "s3", Scope.REGIONAL, "SEC08-BP02", "s3:GetEncryptionConfiguration");
        check("rds_instance_storage_encrypted", "RDS storage is encrypted", "rds", Scope.REGIONAL, "SEC08-BP02", "rds:DescribeDBInstances");
        check("elbv2_listener_tls", "Load balancer listeners use TLS", "elbv2", Scope.REGIONAL, "SEC09-BP02", "elasticloadbalancing:DescribeListeners");
        check("kms_cmk_rotation_enabled", "KMS keys rotate yearly", "kms", Scope.REGIONAL, "SEC08-BP01", "kms:GetKeyRotationStatus");
        check("backup_plans_exist", "AWS Backup plans exist", "backup", Scope.REGIONAL, "SEC10-BP03", "backup:ListBackupPlans");
        check("inspector2_is_enabled", "Inspector scans workloads", "inspector2", Scope.REGIONAL, "SEC11-BP02", "inspector2:BatchGetAccountStatus");
    }

    private static void check(String id, String title, String service, Scope scope, String practice, String operation) {
        MAPPING.computeIfAbsent(practice, k -> new ArrayList<>()).add(id);
        CHECKS.put(id, new CheckMetadata(id, title, service, scope, Severity.HIGH, List.of(operation),
                "Fix " + title.toLowerCase()));
    }

    public static CheckMapping mapping() {
        return new CheckMapping(MAPPING);
    }

    private final long workloadId;
    private final List<EvidenceRunInfo> runs = new ArrayList<>();
    private final Map<Long, List<Finding>> findings = new LinkedHashMap<>();

    public InMemoryEvidence(long workloadId) {
        this.workloadId = workloadId;
    }

    /** Adds a completed run with {@code count} findings spread over the checks, accounts and regions. */
    public EvidenceRunInfo addRun(int count, long seed, Instant startedAt) {
        Random random = new Random(seed);
        List<String> accounts = List.of("111122223333", "444455556666", "777788889999");
        List<String> regions = List.of("eu-central-1", "eu-west-1");
        List<String> ids = new ArrayList<>(CHECKS.keySet());
        List<Finding> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String check = ids.get(i % ids.size());
            String account = accounts.get(random.nextInt(accounts.size()));
            String region = CHECKS.get(check).scope() == Scope.GLOBAL ? "global" : regions.get(random.nextInt(2));
            int roll = random.nextInt(100);
            Status status = roll < 62 ? Status.PASS : roll < 88 ? Status.FAIL : roll < 96 ? Status.COULD_NOT_ASSESS
                    : Status.NOT_APPLICABLE;
            String resource = "arn:aws:" + CHECKS.get(check).service() + ":" + region + ":" + account
                    + ":resource/claims-" + check.replace('_', '-') + "-" + i;
            String reason = switch (status) {
                case PASS -> "Setting is as required.";
                case FAIL -> "Setting is off for this resource (" + check + " = false).";
                case COULD_NOT_ASSESS -> "Access denied: the review role lacks " + CHECKS.get(check).operations().get(0) + ".";
                case NOT_APPLICABLE -> "Resource type not used here.";
            };
            list.add(new Finding(check, status, account, region, resource, reason, Map.of("k", "v"), "{}"));
        }
        return addRun(list, accounts, regions, startedAt);
    }

    /** Adds a completed run holding exactly these findings. */
    public EvidenceRunInfo addRun(List<Finding> list, List<String> accounts, List<String> regions, Instant startedAt) {
        long id = runs.size() + 1;
        EvidenceRunInfo run = new EvidenceRunInfo(id, Optional.of(workloadId), startedAt,
                Optional.of(startedAt.plusSeconds(95)), EvidenceRunInfo.State.COMPLETED, List.of("claims-audit"),
                accounts, regions, "2026.11.1");
        runs.add(0, run);
        findings.put(id, List.copyOf(list));
        return run;
    }

    @Override
    public List<EvidenceRunInfo> runsForWorkload(long id) {
        return id == workloadId ? List.copyOf(runs) : List.of();
    }

    @Override
    public Optional<EvidenceRunInfo> run(long runId) {
        return runs.stream().filter(r -> r.id() == runId).findFirst();
    }

    @Override
    public List<Finding> findings(long runId) {
        return findings.getOrDefault(runId, List.of());
    }
}
