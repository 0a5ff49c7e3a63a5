package io.secpillar.evidence.checks;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.checks.iam.IamChecks;
import io.secpillar.evidence.checks.organizations.OrganizationsChecks;
import io.secpillar.evidence.checks.cloudtrail.CloudTrailChecks;
import io.secpillar.evidence.checks.config.ConfigChecks;
import io.secpillar.evidence.checks.guardduty.GuardDutyChecks;
import io.secpillar.evidence.checks.securityhub.SecurityHubChecks;
import io.secpillar.evidence.checks.accessanalyzer.AccessAnalyzerChecks;
import io.secpillar.evidence.checks.kms.KmsChecks;
import io.secpillar.evidence.checks.inspector.InspectorChecks;
import io.secpillar.evidence.checks.macie.MacieChecks;
import io.secpillar.evidence.checks.backup.BackupChecks;
import io.secpillar.evidence.checks.account.AccountChecks;
import io.secpillar.evidence.checks.s3.S3Checks;
import io.secpillar.evidence.checks.ec2.Ec2Checks;
import io.secpillar.evidence.checks.rds.RdsChecks;
import io.secpillar.evidence.checks.elbv2.Elbv2Checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Every check of the workbench, listed explicitly per service (no classpath scanning). The collectors of the
 * inventories they read are listed by the AWS adapter; the best-practice mapping lives apart, in check-mapping.json.
 */
public final class CheckCatalog {

    private CheckCatalog() {
    }

    public static List<Check<?>> all() {
        List<Check<?>> checks = new ArrayList<>();
        checks.addAll(IamChecks.all());
        checks.addAll(OrganizationsChecks.all());
        checks.addAll(CloudTrailChecks.all());
        checks.addAll(ConfigChecks.all());
        checks.addAll(GuardDutyChecks.all());
        checks.addAll(SecurityHubChecks.all());
        checks.addAll(AccessAnalyzerChecks.all());
        checks.addAll(KmsChecks.all());
        checks.addAll(InspectorChecks.all());
        checks.addAll(MacieChecks.all());
        checks.addAll(BackupChecks.all());
        checks.addAll(AccountChecks.all());
        checks.addAll(S3Checks.all());
        checks.addAll(Ec2Checks.all());
        checks.addAll(RdsChecks.all());
        checks.addAll(Elbv2Checks.all());
        return List.copyOf(checks);
    }
}
