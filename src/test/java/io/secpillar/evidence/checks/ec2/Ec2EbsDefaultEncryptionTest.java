package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;


import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2EbsDefaultEncryptionTest {

    private final Ec2EbsDefaultEncryption check = new Ec2EbsDefaultEncryption();

    @Test
    void theRegionSwitchDecides() {
        Ec2State on = new Ec2State();
        on.ebsDefault = Fetched.ok(true, "ec2:GetEbsEncryptionByDefault");
        Ec2State off = new Ec2State();
        off.ebsDefault = Fetched.ok(false, "ec2:GetEbsEncryptionByDefault");

        Finding pass = check.evaluate(on.inventory(), REGION).get(0);
        Finding fail = check.evaluate(off.inventory(), REGION).get(0);

        assertThat(pass.status()).isEqualTo(Status.PASS);
        assertThat(fail.status()).isEqualTo(Status.FAIL);
        assertThat(fail.observed()).containsEntry("EbsEncryptionByDefault", "false");
        assertThat(fail.region()).isEqualTo("eu-west-1");
        assertThat(fail.resourceId()).isEqualTo("111122223333");
        assertThat(fail.proof()).isEqualTo("GetEbsEncryptionByDefault: ebsEncryptionByDefault=false");
    }

    @Test
    void refusedReadCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("ec2:GetEbsEncryptionByDefault");
        });
    }
}
