package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import io.secpillar.evidence.inventory.ec2.Ec2Inventory.Volume;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2EbsVolumeEncryptionTest {

    private final Ec2EbsVolumeEncryption check = new Ec2EbsVolumeEncryption();

    @Test
    void eachVolumeIsJudged() {
        Ec2State s = new Ec2State();
        s.volumes = Fetched.ok(List.of(
                new Volume("vol-1", true, null, "arn:aws:kms:eu-west-1:111122223333:key/k", "volume vol-1"),
                new Volume("vol-2", false, "in-use", null, "volume vol-2")), "ec2:DescribeVolumes");

        List<Finding> f = check.evaluate(s.inventory(), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(f.get(0).observed()).containsEntry("KmsKeyId", "arn:aws:kms:eu-west-1:111122223333:key/k");
        assertThat(f.get(1).resourceId()).isEqualTo("arn:aws:ec2:eu-west-1:111122223333:volume/vol-2");
        assertThat(f.get(1).proof()).isEqualTo("volume vol-2");
        assertThat(f.get(1).observed()).containsEntry("State", "in-use").containsEntry("KmsKeyId", "");
        assertThat(f.get(0).observed()).containsEntry("State", "null");
    }

    @Test
    void refusedReadCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("ec2:DescribeVolumes");
        });
    }
}
