package io.secpillar.evidence.aws;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReadOnlyOperationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"DescribeRegions", "GetAccountSummary", "ListUsers", "GetCredentialReport",
            "GenerateCredentialReport", "HeadBucket", "BatchGetAccountStatus", "LookupEvents", "SearchResources",
            "GetBucketEncryption", "ListBuckets", "GetCallerIdentity"})
    void readsAreAllowed(String operation) {
        assertThat(ReadOnlyOperations.isAllowed(operation)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PutObject", "CreateUser", "TerminateInstances", "DeleteBucket", "AssumeRole",
            "UpdateAccountPasswordPolicy", "TagResource", "EnableSecurityHub", "StartLogging", "Decrypt",
            "GenerateDataKey", "GenerateServiceLastAccessedDetails", "RunInstances", "SelectObjectContent",
            "Getaway", "Describe", "Listen", "", "GetObject", "GetSecretValue", "GetPasswordData", "GetSessionToken",
            "GetFederationToken", "GetRoleCredentials", "GetParameter", "BatchGetSecretValue",
            "GetSensitiveDataOccurrences"})
    void writesAndSensitiveReadsAreRefused(String operation) {
        assertThat(ReadOnlyOperations.isAllowed(operation)).isFalse();
    }

    @Test
    void iamActionsAreJudgedByTheirVerb() {
        assertThat(ReadOnlyOperations.isAllowedAction("s3:GetEncryptionConfiguration")).isTrue();
        assertThat(ReadOnlyOperations.isAllowedAction("s3:ListAllMyBuckets")).isTrue();
        assertThat(ReadOnlyOperations.isAllowedAction("iam:CreateAccessKey")).isFalse();
        assertThat(ReadOnlyOperations.isAllowedAction("GetAccountSummary")).isFalse();
        assertThat(ReadOnlyOperations.isAllowedAction("s3:GetObject")).isFalse();
    }

    @Test
    void nullIsRefused() {
        assertThat(ReadOnlyOperations.isAllowed(null)).isFalse();
    }
}
