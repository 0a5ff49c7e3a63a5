package io.secpillar.evidence.checks;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.checks.accessanalyzer.AccessanalyzerEnabled;
import io.secpillar.evidence.checks.account.AccountSecurityContactInformationIsRegistered;
import io.secpillar.evidence.checks.acm.AcmCertificatesExpirationCheck;
import io.secpillar.evidence.checks.acm.AcmCertificatesTransparencyLogsEnabled;
import io.secpillar.evidence.checks.acm.AcmCertificatesWithSecureKeyAlgorithms;
import io.secpillar.evidence.checks.auditmanager.AuditmanagerOrConformancePackInUse;
import io.secpillar.evidence.checks.backup.BackupPlansExist;
import io.secpillar.evidence.checks.cloudtrail.CloudtrailCloudwatchLoggingEnabled;
import io.secpillar.evidence.checks.cloudtrail.CloudtrailKmsEncryptionEnabled;
import io.secpillar.evidence.checks.cloudtrail.CloudtrailLogFileValidationEnabled;
import io.secpillar.evidence.checks.cloudtrail.CloudtrailMultiRegionEnabled;
import io.secpillar.evidence.checks.cloudwatch.CloudwatchLogGroupKmsEncryptionEnabled;
import io.secpillar.evidence.checks.cloudwatch.CloudwatchLogGroupRetentionPolicySet;
import io.secpillar.evidence.checks.cloudwatch.CloudwatchLogMetricFilter;
import io.secpillar.evidence.checks.cloudwatch.MonitoredEvent;
import io.secpillar.evidence.checks.config.ConfigRecorderAllRegionsEnabled;
import io.secpillar.evidence.checks.config.ConfigRuleRemediationConfigured;
import io.secpillar.evidence.checks.ec2.Ec2EbsDefaultEncryption;
import io.secpillar.evidence.checks.ec2.Ec2EbsPublicSnapshot;
import io.secpillar.evidence.checks.ec2.Ec2EbsSnapshotsEncrypted;
import io.secpillar.evidence.checks.ec2.Ec2EbsVolumeEncryption;
import io.secpillar.evidence.checks.ec2.Ec2InstanceImdsv2Enabled;
import io.secpillar.evidence.checks.ec2.Ec2NetworkaclAllowIngress;
import io.secpillar.evidence.checks.ec2.Ec2SecuritygroupAllowIngressFromInternetTo;
import io.secpillar.evidence.checks.ec2.Ec2SecuritygroupDefaultRestrictTraffic;
import io.secpillar.evidence.checks.ec2.InternetExposure;
import io.secpillar.evidence.checks.ec2.VpcFlowLogsEnabled;
import io.secpillar.evidence.checks.elbv2.Elbv2ListenerCurrentTlsPolicy;
import io.secpillar.evidence.checks.elbv2.Elbv2LoggingEnabled;
import io.secpillar.evidence.checks.elbv2.Elbv2SslListeners;
import io.secpillar.evidence.checks.guardduty.GuarddutyIsEnabled;
import io.secpillar.evidence.checks.guardduty.GuarddutyNoHighSeverityFindings;
import io.secpillar.evidence.checks.iam.IamAvoidRootUsage;
import io.secpillar.evidence.checks.iam.IamCustomerAttachedPolicyNoAdministrativePrivileges;
import io.secpillar.evidence.checks.iam.IamCustomerUnattachedPolicyNoAdministrativePrivileges;
import io.secpillar.evidence.checks.iam.IamNoRootAccessKey;
import io.secpillar.evidence.checks.iam.IamPasswordPolicy;
import io.secpillar.evidence.checks.iam.IamPolicyAttachedOnlyToGroupOrRoles;
import io.secpillar.evidence.checks.iam.IamRootHardwareMfaEnabled;
import io.secpillar.evidence.checks.iam.IamRootMfaEnabled;
import io.secpillar.evidence.checks.iam.IamRotateAccessKey90Days;
import io.secpillar.evidence.checks.iam.IamSupportRoleCreated;
import io.secpillar.evidence.checks.iam.IamUserAccesskeyUnused;
import io.secpillar.evidence.checks.iam.IamUserMfaEnabledConsoleAccess;
import io.secpillar.evidence.checks.iam.IamUserTwoActiveAccessKey;
import io.secpillar.evidence.checks.iam.PasswordRule;
import io.secpillar.evidence.checks.inspector.Inspector2IsEnabled;
import io.secpillar.evidence.checks.kms.KmsCmkRotationEnabled;
import io.secpillar.evidence.checks.macie.MacieIsEnabled;
import io.secpillar.evidence.checks.organizations.OrganizationsAccountPartOfOrganizations;
import io.secpillar.evidence.checks.organizations.OrganizationsScpInUse;
import io.secpillar.evidence.checks.rds.InstanceSetting;
import io.secpillar.evidence.checks.rds.RdsInstance;
import io.secpillar.evidence.checks.rds.RdsSnapshotsPublicAccess;
import io.secpillar.evidence.checks.s3.S3AccountLevelPublicAccessBlocks;
import io.secpillar.evidence.checks.s3.S3BucketAclProhibited;
import io.secpillar.evidence.checks.s3.S3BucketDefaultEncryption;
import io.secpillar.evidence.checks.s3.S3BucketLevelPublicAccessBlock;
import io.secpillar.evidence.checks.s3.S3BucketObjectVersioning;
import io.secpillar.evidence.checks.s3.S3BucketSecureTransportPolicy;
import io.secpillar.evidence.checks.s3.S3BucketServerAccessLoggingEnabled;
import io.secpillar.evidence.checks.secretsmanager.SecretsmanagerAutomaticRotationEnabled;
import io.secpillar.evidence.checks.secretsmanager.SecretsmanagerSecretRotatedWithinSchedule;
import io.secpillar.evidence.checks.secretsmanager.SecretsmanagerSecretUnused;
import io.secpillar.evidence.checks.securityhub.SecurityhubEnabled;
import io.secpillar.evidence.checks.ssm.Ec2InstanceManagedBySsm;
import io.secpillar.evidence.checks.ssm.SessionSetting;
import io.secpillar.evidence.checks.ssm.SsmDocumentsSetAsPublic;
import io.secpillar.evidence.checks.ssm.SsmManagedCompliantPatching;
import io.secpillar.evidence.checks.ssm.SsmSessionManager;
import io.secpillar.evidence.checks.wafv2.Elbv2WafAclAttached;
import io.secpillar.evidence.checks.wafv2.Wafv2WebaclLoggingEnabled;

import java.util.List;

/**
 * Every check of the workbench, each registration listed explicitly (no classpath scanning): one line per check
 * id, a parameterised class once per id it is registered under. The collectors of the inventories they read are
 * listed by the AWS adapter; the best-practice mapping lives apart, in check-mapping.json.
 */
public final class CheckCatalog {

    private CheckCatalog() {
    }

    public static List<Check<?>> all() {
        return List.of(
                // IAM (global)
                new IamRootMfaEnabled(),
                new IamRootHardwareMfaEnabled(),
                new IamNoRootAccessKey(),
                new IamAvoidRootUsage(),
                new IamPasswordPolicy(PasswordRule.MINIMUM_LENGTH_14),
                new IamPasswordPolicy(PasswordRule.REUSE_24),
                new IamPasswordPolicy(PasswordRule.COMPLEXITY),
                new IamUserMfaEnabledConsoleAccess(),
                new IamUserAccesskeyUnused(),
                new IamRotateAccessKey90Days(),
                new IamUserTwoActiveAccessKey(),
                new IamCustomerAttachedPolicyNoAdministrativePrivileges(),
                new IamCustomerUnattachedPolicyNoAdministrativePrivileges(),
                new IamPolicyAttachedOnlyToGroupOrRoles(),
                new IamSupportRoleCreated(),
                // AWS Organizations (global)
                new OrganizationsAccountPartOfOrganizations(),
                new OrganizationsScpInUse(),
                // logging and detection services (per region)
                new CloudtrailMultiRegionEnabled(),
                new CloudtrailLogFileValidationEnabled(),
                new CloudtrailKmsEncryptionEnabled(),
                new CloudtrailCloudwatchLoggingEnabled(),
                new ConfigRecorderAllRegionsEnabled(),
                new GuarddutyIsEnabled(),
                new GuarddutyNoHighSeverityFindings(),
                new SecurityhubEnabled(),
                new AccessanalyzerEnabled(),
                new KmsCmkRotationEnabled(),
                new Inspector2IsEnabled(),
                new MacieIsEnabled(),
                new BackupPlansExist(),
                // the account's contacts (global)
                new AccountSecurityContactInformationIsRegistered(),
                // S3 (per account; bucket results carry the bucket's region)
                new S3AccountLevelPublicAccessBlocks(),
                new S3BucketLevelPublicAccessBlock(),
                new S3BucketDefaultEncryption(),
                new S3BucketSecureTransportPolicy(),
                new S3BucketObjectVersioning(),
                new S3BucketServerAccessLoggingEnabled(),
                new S3BucketAclProhibited(),
                // EC2, VPC and EBS (per region)
                new Ec2SecuritygroupAllowIngressFromInternetTo(InternetExposure.SSH),
                new Ec2SecuritygroupAllowIngressFromInternetTo(InternetExposure.RDP),
                new Ec2SecuritygroupAllowIngressFromInternetTo(InternetExposure.DATABASE_PORTS),
                new Ec2SecuritygroupAllowIngressFromInternetTo(InternetExposure.ALL_PORTS),
                new Ec2SecuritygroupDefaultRestrictTraffic(),
                new Ec2NetworkaclAllowIngress("SSH", 22),
                new Ec2NetworkaclAllowIngress("RDP", 3389),
                new VpcFlowLogsEnabled(),
                new Ec2EbsDefaultEncryption(),
                new Ec2EbsVolumeEncryption(),
                new Ec2EbsSnapshotsEncrypted(),
                new Ec2EbsPublicSnapshot(),
                new Ec2InstanceImdsv2Enabled(),
                // RDS (per region)
                new RdsInstance(InstanceSetting.STORAGE_ENCRYPTED),
                new RdsInstance(InstanceSetting.NO_PUBLIC_ACCESS),
                new RdsInstance(InstanceSetting.MINOR_VERSION_UPGRADE_ENABLED),
                new RdsSnapshotsPublicAccess(),
                // Elastic Load Balancing v2 (per region)
                new Elbv2SslListeners(),
                new Elbv2ListenerCurrentTlsPolicy(),
                new Elbv2LoggingEnabled(),
                // CloudWatch alarms on the trails' events and CloudWatch Logs groups (per region)
                new CloudwatchLogMetricFilter(MonitoredEvent.UNAUTHORIZED_API_CALLS),
                new CloudwatchLogMetricFilter(MonitoredEvent.SIGN_IN_WITHOUT_MFA),
                new CloudwatchLogMetricFilter(MonitoredEvent.ROOT_USAGE),
                new CloudwatchLogMetricFilter(MonitoredEvent.POLICY_CHANGES),
                new CloudwatchLogMetricFilter(MonitoredEvent.CLOUDTRAIL_CHANGES),
                new CloudwatchLogMetricFilter(MonitoredEvent.CONFIG_CHANGES),
                new CloudwatchLogMetricFilter(MonitoredEvent.SECURITY_GROUP_CHANGES),
                new CloudwatchLogMetricFilter(MonitoredEvent.NETWORK_ACL_CHANGES),
                new CloudwatchLogMetricFilter(MonitoredEvent.NETWORK_GATEWAY_CHANGES),
                new CloudwatchLogMetricFilter(MonitoredEvent.ROUTE_TABLE_CHANGES),
                new CloudwatchLogMetricFilter(MonitoredEvent.VPC_CHANGES),
                new CloudwatchLogMetricFilter(MonitoredEvent.KMS_KEY_DISABLING_OR_DELETION),
                new CloudwatchLogGroupKmsEncryptionEnabled(),
                new CloudwatchLogGroupRetentionPolicySet(),
                // Secrets Manager and ACM (per region)
                new SecretsmanagerAutomaticRotationEnabled(),
                new SecretsmanagerSecretRotatedWithinSchedule(),
                new SecretsmanagerSecretUnused(),
                new AcmCertificatesExpirationCheck(),
                new AcmCertificatesWithSecureKeyAlgorithms(),
                new AcmCertificatesTransparencyLogsEnabled(),
                // Systems Manager (per region)
                new Ec2InstanceManagedBySsm(),
                new SsmManagedCompliantPatching(),
                new SsmDocumentsSetAsPublic(),
                new SsmSessionManager(SessionSetting.ENCRYPTION),
                new SsmSessionManager(SessionSetting.LOGGING),
                // validating control objectives: Audit Manager, Config conformance packs and remediation (per region)
                new AuditmanagerOrConformancePackInUse(),
                new ConfigRuleRemediationConfigured(),
                // AWS WAF (per region)
                new Elbv2WafAclAttached(),
                new Wafv2WebaclLoggingEnabled());
    }
}
