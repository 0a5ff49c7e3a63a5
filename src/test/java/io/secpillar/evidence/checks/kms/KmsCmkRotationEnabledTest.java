package io.secpillar.evidence.checks.kms;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.inventory.kms.KmsInventory.KeyMetadata;
import io.secpillar.evidence.inventory.kms.KmsInventory.KeyRotation;
import io.secpillar.evidence.inventory.kms.KmsInventory.KmsKey;
import io.secpillar.evidence.inventory.kms.KmsInventory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class KmsCmkRotationEnabledTest {

    private static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    private final KmsCmkRotationEnabled check = new KmsCmkRotationEnabled();

    private static String entry(String id) {
        return "arn:aws:kms:eu-west-1:111122223333:key/" + id;
    }

    private static KeyMetadata meta(String manager, String state, String spec) {
        return new KeyMetadata(manager, state, spec, "AWS_KMS", "key " + state + " " + spec);
    }

    private static KmsKey key(String id, KeyMetadata meta, Boolean rotation) {
        return new KmsKey(entry(id), Fetched.ok(meta, "kms:DescribeKey"), rotation == null ? Optional.empty()
                : Optional.of(Fetched.ok(new KeyRotation(rotation, 365, "rotation " + rotation),
                "kms:GetKeyRotationStatus")));
    }

    @Test
    void judgesCustomerKeysAndSkipsAwsManagedOnes() {
        var inventory = new KmsInventory(Fetched.ok(List.of(
                key("rotating", meta("CUSTOMER", "Enabled", "SYMMETRIC_DEFAULT"), true),
                key("static", meta("CUSTOMER", "Enabled", "SYMMETRIC_DEFAULT"), false),
                key("aws", meta("AWS", "Enabled", "SYMMETRIC_DEFAULT"), null),
                key("signing", meta("CUSTOMER", "Enabled", "ECC_NIST_P256"), null),
                key("leaving", meta("CUSTOMER", "PendingDeletion", "SYMMETRIC_DEFAULT"), null),
                new KmsKey(entry("hidden"), Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, "kms:DescribeKey", ""),
                        Optional.empty()),
                new KmsKey(entry("unread"), Fetched.ok(meta("CUSTOMER", "Enabled", "SYMMETRIC_DEFAULT"), "x"),
                        Optional.of(Fetched.failed(CouldNotAssessReason.THROTTLED, "kms:GetKeyRotationStatus", "")))),
                "kms:ListKeys"));

        var findings = check.evaluate(inventory, EU);

        assertThat(findings).extracting(f -> f.resourceId().replaceAll(".*/", ""), Finding::status).containsExactly(
                tuple("rotating", Status.PASS), tuple("static", Status.FAIL), tuple("signing", Status.NOT_APPLICABLE),
                tuple("leaving", Status.NOT_APPLICABLE), tuple("hidden", Status.COULD_NOT_ASSESS),
                tuple("unread", Status.COULD_NOT_ASSESS));
        assertThat(findings.get(0).reason()).contains("every 365 days");
        assertThat(findings.get(2).reason()).contains("ECC_NIST_P256");
        assertThat(findings.get(3).reason()).contains("PendingDeletion");
        assertThat(findings.get(3).proof()).isEqualTo("DescribeKey: key PendingDeletion SYMMETRIC_DEFAULT");
        assertThat(findings.get(1).proof()).isEqualTo("GetKeyRotationStatus: rotation false");
        assertThat(findings.get(4).reason()).contains("kms:DescribeKey");
    }

    @Test
    void aRotatingKeyWithoutAPeriodStillPasses() {
        var yearly = new KmsKey(entry("yearly"), Fetched.ok(meta("CUSTOMER", "Enabled", "SYMMETRIC_DEFAULT"), "x"),
                Optional.of(Fetched.ok(new KeyRotation(true, null, "rotation true"), "kms:GetKeyRotationStatus")));
        assertThat(check.evaluate(new KmsInventory(Fetched.ok(List.of(yearly), "kms:ListKeys")), EU)).singleElement()
                .satisfies(f -> {
                    assertThat(f.status()).isEqualTo(Status.PASS);
                    assertThat(f.reason()).isEqualTo("Automatic rotation is on.");
                });
    }

    @Test
    void couldNotAssessWhenTheKeyListIsRefused() {
        var refused = new KmsInventory(Fetched.failed(CouldNotAssessReason.ACCESS_DENIED, "kms:ListKeys", ""));
        assertThat(check.evaluate(refused, EU)).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("kms:ListKeys"));
    }
}
