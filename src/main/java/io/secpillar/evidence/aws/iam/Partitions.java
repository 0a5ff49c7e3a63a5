package io.secpillar.evidence.aws.iam;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.RegionMetadata;

import java.util.Optional;

/** The AWS partition of a region (aws, aws-cn, aws-us-gov …), needed to spell ARNs such as the root user's. */
final class Partitions {

    private Partitions() {
    }

    static String of(String region) {
        RegionMetadata metadata = Region.of(region).metadata();
        return Optional.ofNullable(metadata).map(m -> m.partition().id()).orElse("aws");
    }
}
