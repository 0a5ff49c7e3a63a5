package io.secpillar.evidence.faults;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.secpillar.evidence.fixtures.FakeAws;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * One account (111122223333, regions eu-central-1 and eu-west-1) with something to find in the services the
 * suite leans on, in their wire formats: IAM users with and without MFA (query/XML), S3 buckets with and without
 * default encryption (REST-XML), security groups with SSH open or not (EC2), KMS keys with and without rotation
 * (JSON 1.1), an organization (JSON 1.1), GuardDuty on in one region only (REST-JSON). Every other call gets its
 * protocol's empty answer.
 */
final class FaultWorld {

    static final String KEY = "AKIAFAULTSUITE000001";
    static final String ACCOUNT = "111122223333";
    static final List<String> REGIONS = List.of("eu-central-1", "eu-west-1");

    private FaultWorld() {
    }

    static void build(WireMock wm) {
        wm.register(any(anyUrl()).atPriority(100).willReturn(aResponse().withTransformers(EmptyAwsAnswers.NAME)));
        FakeAws aws = new FakeAws(wm);
        aws.identity(KEY, ACCOUNT);
        aws.enabledRegions(KEY, REGIONS);
        aws.users(KEY, ACCOUNT, List.of(List.of("alice", "bob"), List.of("carol")));
        aws.mfaDevices(KEY, ACCOUNT, "alice", true);
        aws.mfaDevices(KEY, ACCOUNT, "bob", false);
        aws.mfaDevices(KEY, ACCOUNT, "carol", true);
        aws.buckets(KEY, List.of(List.of("claims-archive", "claims-upload")));
        aws.bucketEncryption(KEY, "claims-archive", true);
        aws.bucketEncryption(KEY, "claims-upload", false);
        aws.securityGroups(KEY, ACCOUNT, "eu-west-1", List.of(List.of("open-bastion", "internal-app")), 0);
        aws.securityGroups(KEY, ACCOUNT, "eu-central-1", List.of(List.of("internal-db")), 0);
        aws.detectors(KEY, "eu-central-1", List.of("6ab4e0e2d4f5d0e1"), 0);
        aws.detectors(KEY, "eu-west-1", List.of(), 0);
        for (String region : REGIONS) {
            kms(wm, region);
        }
        iamAccount(wm);
        ec2AccountSettings(wm);
        for (String bucket : List.of("claims-archive", "claims-upload")) {
            wm.register(get(urlPathEqualTo("/" + bucket)).withQueryParam("policy", WireMock.matching(".*"))
                    .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/xml").withBody(
                            "<Error><Code>NoSuchBucketPolicy</Code><Message>The bucket policy does not exist</Message>"
                                    + "<BucketName>" + bucket + "</BucketName><RequestId>r</RequestId></Error>")));
        }
        wm.register(post(urlPathEqualTo("/getAlternateContact")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withHeader("x-amzn-ErrorType", "ResourceNotFoundException:http://internal.amazon.com/coral/")
                .withBody("{\"message\":\"No contact of the inputted alternate contact type found.\"}")));
        wm.register(post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSOrganizationsV20161128.DescribeOrganization"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                        .withBody("{\"Organization\":{\"Arn\":\"arn:aws:organizations::" + ACCOUNT + ":organization/o-f4u1t5"
                                + "\",\"AvailablePolicyTypes\":[{\"Status\":\"ENABLED\",\"Type\":\"SERVICE_CONTROL_POLICY\"}],"
                                + "\"FeatureSet\":\"ALL\",\"Id\":\"o-f4u1t5\",\"MasterAccountArn\":\"arn:aws:organizations::"
                                + ACCOUNT + ":account/o-f4u1t5/" + ACCOUNT + "\",\"MasterAccountEmail\":\"cloud@example.com\","
                                + "\"MasterAccountId\":\"" + ACCOUNT + "\"}}")));
    }

    /** The root's MFA and keys, no password policy, and a credential report with one user lacking MFA. */
    private static void iamAccount(WireMock wm) {
        query(wm, "GetAccountSummary", "<SummaryMap><entry><key>Users</key><value>3</value></entry>"
                + "<entry><key>AccountMFAEnabled</key><value>1</value></entry>"
                + "<entry><key>AccountAccessKeysPresent</key><value>0</value></entry></SummaryMap>");
        wm.register(post(urlPathEqualTo("/")).withRequestBody(containing("Action=GetAccountPasswordPolicy"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "text/xml").withBody(
                        "<ErrorResponse><Error><Type>Sender</Type><Code>NoSuchEntity</Code><Message>The Password Policy"
                                + " with domain name " + ACCOUNT + " cannot be found.</Message></Error>"
                                + "<RequestId>r</RequestId></ErrorResponse>")));
        query(wm, "GenerateCredentialReport", "<State>COMPLETE</State>");
        String csv = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,"
                + "password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,"
                + "access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,"
                + "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,"
                + "access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,"
                + "cert_2_active,cert_2_last_rotated\n"
                + "<root_account>,arn:aws:iam::" + ACCOUNT + ":root,2020-01-01T00:00:00+00:00,not_supported,"
                + "2025-01-05T08:00:00+00:00,N/A,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,"
                + "false,N/A,false,N/A\n"
                + "alice,arn:aws:iam::" + ACCOUNT + ":user/alice,2024-03-01T10:00:00+00:00,true,"
                + "2026-11-30T08:00:00+00:00,2024-03-01T10:00:00+00:00,N/A,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,"
                + "N/A,N/A,false,N/A,false,N/A\n"
                + "bob,arn:aws:iam::" + ACCOUNT + ":user/bob,2024-03-01T10:00:00+00:00,true,"
                + "2026-11-30T08:00:00+00:00,2024-03-01T10:00:00+00:00,N/A,false,true,2023-01-01T00:00:00+00:00,"
                + "2026-11-29T00:00:00+00:00,eu-west-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n";
        query(wm, "GetCredentialReport", "<Content>" + java.util.Base64.getEncoder().encodeToString(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "</Content><ReportFormat>text/csv"
                + "</ReportFormat><GeneratedTime>2026-12-01T12:00:00Z</GeneratedTime>");
    }

    private static void ec2AccountSettings(WireMock wm) {
        for (String region : REGIONS) {
            wm.register(post(urlPathEqualTo("/")).withRequestBody(containing("Action=GetEbsEncryptionByDefault"))
                    .withHeader("Authorization", matching(FakeAws.region(region, "ec2")))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody(
                            "<GetEbsEncryptionByDefaultResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">"
                                    + "<requestId>r</requestId><ebsEncryptionByDefault>" + region.equals("eu-central-1")
                                    + "</ebsEncryptionByDefault></GetEbsEncryptionByDefaultResponse>")));
        }
    }

    private static void query(WireMock wm, String action, String result) {
        wm.register(post(urlPathEqualTo("/")).withRequestBody(containing("Action=" + action + "&"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml").withBody("<" + action
                        + "Response xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><" + action + "Result>" + result
                        + "</" + action + "Result><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></"
                        + action + "Response>")));
    }

    private static void kms(WireMock wm, String region) {
        String arn = "arn:aws:kms:" + region + ":" + ACCOUNT + ":key/";
        json(wm, region, "TrentService.ListKeys", null, "{\"Keys\":[{\"KeyArn\":\"" + arn + "k-rotating\",\"KeyId\":"
                + "\"k-rotating\"},{\"KeyArn\":\"" + arn + "k-static\",\"KeyId\":\"k-static\"}],\"Truncated\":false}");
        for (String id : List.of("k-rotating", "k-static")) {
            json(wm, region, "TrentService.DescribeKey", id, "{\"KeyMetadata\":{\"AWSAccountId\":\"" + ACCOUNT
                    + "\",\"Arn\":\"" + arn + id + "\",\"CreationDate\":1.7040672E9,\"Enabled\":true,\"KeyId\":\"" + id
                    + "\",\"KeyManager\":\"CUSTOMER\",\"KeySpec\":\"SYMMETRIC_DEFAULT\",\"CustomerMasterKeySpec\":"
                    + "\"SYMMETRIC_DEFAULT\",\"KeyState\":\"Enabled\",\"KeyUsage\":\"ENCRYPT_DECRYPT\",\"MultiRegion\":"
                    + "false,\"Origin\":\"AWS_KMS\",\"Description\":\"\"}}");
            json(wm, region, "TrentService.GetKeyRotationStatus", id, "{\"KeyId\":\"" + arn + id
                    + "\",\"KeyRotationEnabled\":" + id.equals("k-rotating") + ",\"RotationPeriodInDays\":365}");
        }
    }

    private static void json(WireMock wm, String region, String target, String bodyContains, String body) {
        var m = post(urlPathEqualTo("/")).withHeader("X-Amz-Target", equalTo(target))
                .withHeader("Authorization", matching(FakeAws.region(region, "kms")));
        if (bodyContains != null) {
            m = m.withRequestBody(containing(bodyContains));
        }
        wm.register(m.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1")
                .withBody(body)));
    }
}
