package io.secpillar.evidence.inventory.auditmanager;

import io.secpillar.evidence.Fetched;

import java.util.List;

/**
 * How the account validates its control objectives in one region: AWS Audit Manager (is it set up, which
 * assessments are active) and, the other way AWS offers, AWS Config conformance packs. Kept together because the
 * check that reads them asks one question of both.
 */
public record AuditManagerInventory(Fetched<String> accountStatus, Fetched<List<Assessment>> activeAssessments,
                                    Fetched<List<ConformancePack>> conformancePacks) {

    public static final String GET_ACCOUNT_STATUS = "auditmanager:GetAccountStatus";
    public static final String LIST_ASSESSMENTS = "auditmanager:ListAssessments";
    public static final String DESCRIBE_CONFORMANCE_PACKS = "config:DescribeConformancePacks";

    /** Every read this inventory makes, as IAM actions. */
    public static final List<String> OPERATIONS = List.of(GET_ACCOUNT_STATUS, LIST_ASSESSMENTS,
            DESCRIBE_CONFORMANCE_PACKS);

    /** An active Audit Manager assessment and the framework's compliance type (e.g. "SOC 2"). */
    public record Assessment(String id, String name, String complianceType, String proof) {
    }

    /** A deployed conformance pack. */
    public record ConformancePack(String name, String arn, String proof) {
    }
}
