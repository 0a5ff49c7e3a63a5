package io.secpillar.evidence.aws.catalog;

import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.aws.ec2.Ec2InventoryCollector;
import io.secpillar.evidence.aws.elbv2.Elbv2InventoryCollector;
import io.secpillar.evidence.aws.rds.RdsInventoryCollector;
import io.secpillar.evidence.aws.s3.S3InventoryCollector;
import io.secpillar.evidence.aws.accessanalyzer.AccessAnalyzerCollector;
import io.secpillar.evidence.aws.account.AccountContactCollector;
import io.secpillar.evidence.aws.acm.AcmCollector;
import io.secpillar.evidence.aws.auditmanager.AuditManagerCollector;
import io.secpillar.evidence.aws.backup.BackupCollector;
import io.secpillar.evidence.aws.cloudtrail.CloudTrailCollector;
import io.secpillar.evidence.aws.cloudwatch.LogGroupCollector;
import io.secpillar.evidence.aws.cloudwatch.MetricAlarmCollector;
import io.secpillar.evidence.aws.config.ConfigCollector;
import io.secpillar.evidence.aws.config.ConfigRulesCollector;
import io.secpillar.evidence.aws.guardduty.GuardDutyCollector;
import io.secpillar.evidence.aws.iam.CredentialReportCollector;
import io.secpillar.evidence.aws.iam.CustomerPolicyCollector;
import io.secpillar.evidence.aws.iam.IamAccountCollector;
import io.secpillar.evidence.aws.iam.IamUserCollector;
import io.secpillar.evidence.aws.inspector.InspectorCollector;
import io.secpillar.evidence.aws.kms.KmsCollector;
import io.secpillar.evidence.aws.macie.MacieCollector;
import io.secpillar.evidence.aws.organizations.OrganizationsCollector;
import io.secpillar.evidence.aws.secretsmanager.SecretsManagerCollector;
import io.secpillar.evidence.aws.securityhub.SecurityHubCollector;
import io.secpillar.evidence.aws.ssm.SsmCollector;
import io.secpillar.evidence.aws.wafv2.WafCollector;

import java.util.List;

/**
 * Every collector of the workbench, one per inventory, listed explicitly (no classpath scanning). The checks
 * that read the inventories are listed apart, in the check catalog; a consistency test ties the two.
 */
public final class CollectorCatalog {

    private CollectorCatalog() {
    }

    public static List<InventoryCollector<?>> all() {
        return List.of(
                new IamAccountCollector(), new CredentialReportCollector(), new CustomerPolicyCollector(),
                new IamUserCollector(),
                new OrganizationsCollector(),
                new CloudTrailCollector(),
                new ConfigCollector(),
                new GuardDutyCollector(),
                new SecurityHubCollector(),
                new AccessAnalyzerCollector(),
                new KmsCollector(),
                new InspectorCollector(),
                new MacieCollector(),
                new BackupCollector(),
                new AccountContactCollector(),
                new S3InventoryCollector(),
                new Ec2InventoryCollector(),
                new RdsInventoryCollector(),
                new Elbv2InventoryCollector(),
                new MetricAlarmCollector(), new LogGroupCollector(),
                new SecretsManagerCollector(),
                new AcmCollector(),
                new SsmCollector(),
                new AuditManagerCollector(), new ConfigRulesCollector(),
                new WafCollector());
    }
}
