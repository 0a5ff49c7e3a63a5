package io.secpillar.evidence.aws.kms;

import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.kms.KmsCmkRotationEnabled;
import io.secpillar.evidence.inventory.kms.KmsInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** KMS over its JSON 1.1 wire format (X-Amz-Target: TrentService.X), with Marker/Truncated pages. */
class KmsCollectorWireTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private static final String ARN = "arn:aws:kms:eu-west-1:111122223333:key/";

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    private static String entry(String id) {
        return "{\"KeyArn\":\"" + ARN + id + "\",\"KeyId\":\"" + id + "\"}";
    }

    private void describe(String id, String manager, String state, String spec, String usage) {
        aws.json("TrentService.DescribeKey", "{\"KeyMetadata\":{\"AWSAccountId\":\"111122223333\",\"Arn\":\"" + ARN + id
                + "\",\"CreationDate\":1.7040672E9,\"CustomerMasterKeySpec\":\"" + spec + "\",\"Description\":\"\","
                + "\"Enabled\":" + "Enabled".equals(state) + ",\"KeyId\":\"" + id + "\",\"KeyManager\":\"" + manager
                + "\",\"KeySpec\":\"" + spec + "\",\"KeyState\":\"" + state + "\",\"KeyUsage\":\"" + usage + "\","
                + "\"MultiRegion\":false,\"Origin\":\"AWS_KMS\"}}", "\"KeyId\":\"" + ARN + id + "\"");
    }

    @Test
    void readsEveryPageAndAsksRotationOnlyWhereItApplies() {
        aws.json("TrentService.ListKeys", "{\"Keys\":[" + entry("1111aaaa") + "," + entry("2222bbbb") + "],"
                + "\"NextMarker\":\"keys-2\",\"Truncated\":true}");
        aws.json("TrentService.ListKeys", "{\"Keys\":[" + entry("3333cccc") + "," + entry("4444dddd") + "],"
                + "\"Truncated\":false}", "\"Marker\":\"keys-2\"");
        describe("1111aaaa", "CUSTOMER", "Enabled", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT");
        describe("2222bbbb", "CUSTOMER", "Enabled", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT");
        describe("3333cccc", "AWS", "Enabled", "SYMMETRIC_DEFAULT", "ENCRYPT_DECRYPT");
        describe("4444dddd", "CUSTOMER", "Enabled", "RSA_2048", "SIGN_VERIFY");
        aws.json("TrentService.GetKeyRotationStatus", "{\"KeyId\":\"" + ARN + "1111aaaa\",\"KeyRotationEnabled\":true,"
                + "\"RotationPeriodInDays\":365,\"NextRotationDate\":1.7883072E9}", "1111aaaa");
        aws.jsonError("TrentService.GetKeyRotationStatus", 400, "AccessDeniedException", "User is not authorized "
                + "to perform: kms:GetKeyRotationStatus on this resource because no resource-based policy allows it",
                "2222bbbb");

        KmsInventory inventory = new KmsCollector().collect(aws.clients(), EU);

        var findings = new KmsCmkRotationEnabled().evaluate(inventory, EU);
        assertThat(findings).extracting(f -> f.resourceId().replace(ARN, ""), Finding::status).containsExactly(
                tuple("1111aaaa", Status.PASS), tuple("2222bbbb", Status.COULD_NOT_ASSESS),
                tuple("4444dddd", Status.NOT_APPLICABLE));
        assertThat(findings.get(1).reason()).contains("kms:GetKeyRotationStatus");
        assertThat(findings.get(0).proof()).startsWith("GetKeyRotationStatus: GetKeyRotationStatusResponse(")
                .contains("KeyRotationEnabled=true");
        assertThat(findings.get(2).proof()).startsWith("DescribeKey: KeyMetadata(").contains("KeySpec=RSA_2048");
        assertThat(aws.requests())
                .filteredOn(r -> "TrentService.GetKeyRotationStatus".equals(r.getHeader("X-Amz-Target")))
                .hasSize(2);
    }

    @Test
    void aThrottledListIsCouldNotAssessWithThatReason() {
        aws.jsonError("TrentService.ListKeys", 400, "ThrottlingException", "Rate exceeded");

        var finding = new KmsCmkRotationEnabled().evaluate(new KmsCollector().collect(aws.clients(), EU), EU).get(0);

        assertThat(finding.status()).isEqualTo(Status.COULD_NOT_ASSESS);
        assertThat(finding.reason()).startsWith("Throttled after retries (kms:ListKeys)");
        assertThat(finding.observed()).containsEntry("reason", "THROTTLED");
    }
}
