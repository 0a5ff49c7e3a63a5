package io.secpillar.evidence.aws.s3;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.aws.AwsCalls;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * S3 reports "this setting is not configured" as an error (404 NoSuchBucketPolicy and friends). These reads
 * turn that one answer into an empty Optional, so that a missing setting is a fact and not a failed read.
 */
final class S3Reads {

    private S3Reads() {
    }

    static <T> Fetched<Optional<T>> optional(String operation, Set<String> absentCodes, Supplier<T> call) {
        return AwsCalls.fetch(operation, () -> {
            try {
                return Optional.of(call.get());
            } catch (AwsServiceException e) {
                String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
                if (code != null && absentCodes.contains(code)) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }
}
