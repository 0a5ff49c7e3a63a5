package io.secpillar.evidence.checks.ec2;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Finding;
import io.secpillar.evidence.Status;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.model.*;

import java.util.List;
import java.util.Set;

import static io.secpillar.evidence.checks.ec2.Ec2State.*;
import static org.assertj.core.api.Assertions.assertThat;

class Ec2EbsVolumeEncryptionTest {

    private final Ec2EbsVolumeEncryption check = new Ec2EbsVolumeEncryption();

    @Test
    void eachVolumeIsJudged() {
        Ec2State s = new Ec2State();
        s.volumes = Fetched.ok(List.of(
                Volume.builder().volumeId("vol-1").encrypted(true).kmsKeyId("arn:aws:kms:eu-west-1:111122223333:key/k").build(),
                Volume.builder().volumeId("vol-2").encrypted(false).state("in-use").build()), "ec2:DescribeVolumes");

        List<Finding> f = check.evaluate(s.inventory(), REGION);

        assertThat(f).extracting(Finding::status).containsExactly(Status.PASS, Status.FAIL);
        assertThat(f.get(0).observed()).containsEntry("KmsKeyId", "arn:aws:kms:eu-west-1:111122223333:key/k");
        assertThat(f.get(1).resourceId()).isEqualTo("arn:aws:ec2:eu-west-1:111122223333:volume/vol-2");
        assertThat(f.get(1).proof()).contains("VolumeId=vol-2");
    }

    @Test
    void refusedReadCouldNotBeAssessed() {
        assertThat(check.evaluate(refused(), REGION)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("ec2:DescribeVolumes");
        });
    }
}
