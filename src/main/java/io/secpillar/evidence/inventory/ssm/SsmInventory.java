package io.secpillar.evidence.inventory.ssm;

import io.secpillar.evidence.Fetched;

import java.util.List;
import java.util.Optional;

/**
 * What Systems Manager knows of one region: the running EC2 instances (from EC2) beside the nodes SSM manages,
 * the patch compliance they report, the documents the account owns with whom each is shared, and the Session
 * Manager preferences. Never a parameter: the read-only guard refuses ssm:GetParameter*.
 */
public record SsmInventory(Fetched<List<RunningInstance>> runningInstances, Fetched<List<ManagedNode>> managedNodes,
                           Fetched<List<PatchState>> patchStates, Fetched<List<OwnedDocument>> documents,
                           Fetched<Optional<SessionPreferences>> sessionPreferences) {

    public static final String DESCRIBE_INSTANCES = "ec2:DescribeInstances";
    public static final String DESCRIBE_INSTANCE_INFORMATION = "ssm:DescribeInstanceInformation";
    public static final String LIST_RESOURCE_COMPLIANCE_SUMMARIES = "ssm:ListResourceComplianceSummaries";
    public static final String LIST_DOCUMENTS = "ssm:ListDocuments";
    public static final String DESCRIBE_DOCUMENT_PERMISSION = "ssm:DescribeDocumentPermission";
    public static final String GET_DOCUMENT = "ssm:GetDocument";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(DESCRIBE_INSTANCES, DESCRIBE_INSTANCE_INFORMATION,
            LIST_RESOURCE_COMPLIANCE_SUMMARIES, LIST_DOCUMENTS, DESCRIBE_DOCUMENT_PERMISSION, GET_DOCUMENT);

    /** The document that holds the region's Session Manager preferences. */
    public static final String SESSION_PREFERENCES_DOCUMENT = "SSM-SessionManagerRunShell";

    /** A running EC2 instance. */
    public record RunningInstance(String instanceId, String arn, String proof) {
    }

    /** A node SSM manages; pingStatus Online, ConnectionLost or Inactive. */
    public record ManagedNode(String instanceId, String pingStatus, String proof) {
    }

    /** A managed node's patch compliance: status COMPLIANT or NON_COMPLIANT, and its worst missing severity. */
    public record PatchState(String resourceId, String status, String overallSeverity, String proof) {
    }

    /** A document the account owns and the accounts it is shared with ("all" when public). */
    public record OwnedDocument(String name, String documentType, Fetched<List<String>> sharedWith) {
    }

    /** The Session Manager preferences: blank values are settings left off. */
    public record SessionPreferences(String kmsKeyId, String s3BucketName, String cloudWatchLogGroupName,
                                     String proof) {
    }
}
