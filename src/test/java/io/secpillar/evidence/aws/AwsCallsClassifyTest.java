package io.secpillar.evidence.aws;

import io.secpillar.evidence.CouldNotAssessReason;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import static org.assertj.core.api.Assertions.assertThat;

class AwsCallsClassifyTest {

    private static AwsServiceException error(int status, String code) {
        AwsServiceException.Builder b = AwsServiceException.builder().statusCode(status).message("refused");
        if (code != null) {
            b.awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("refused").build());
        }
        return b.build();
    }

    @Test
    void codesMapToReasons() {
        assertThat(AwsCalls.classify(error(403, "AccessDenied"))).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        assertThat(AwsCalls.classify(error(400, "UnauthorizedOperation"))).isEqualTo(CouldNotAssessReason.ACCESS_DENIED);
        assertThat(AwsCalls.classify(error(400, "Throttling"))).isEqualTo(CouldNotAssessReason.THROTTLED);
        assertThat(AwsCalls.classify(error(400, "OptInRequired"))).isEqualTo(CouldNotAssessReason.REGION_NOT_OPTED_IN);
        assertThat(AwsCalls.classify(error(500, "InternalError"))).isEqualTo(CouldNotAssessReason.ERROR);
    }

    @Test
    void aBodiless401IsARegionThatRefusedTheCredentials() {
        assertThat(AwsCalls.classify(error(401, null))).isEqualTo(CouldNotAssessReason.REGION_NOT_OPTED_IN);
        assertThat(AwsCalls.classify(error(401, "AuthFailure"))).isEqualTo(CouldNotAssessReason.REGION_NOT_OPTED_IN);
    }
}
