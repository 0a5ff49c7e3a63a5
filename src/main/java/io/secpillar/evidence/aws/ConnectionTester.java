package io.secpillar.evidence.aws;

import io.secpillar.evidence.scan.ConnectionCheck;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Region;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

import java.util.List;
import java.util.Optional;

/**
 * "Test connection": who the profile is (STS GetCallerIdentity) and which regions the account has enabled
 * (EC2 DescribeRegions, keeping opt-in-not-required and opted-in). Every failure becomes a sentence.
 */
final class ConnectionTester {

    static final String GET_CALLER_IDENTITY = "sts:GetCallerIdentity";
    static final String DESCRIBE_REGIONS = "ec2:DescribeRegions";

    private ConnectionTester() {
    }

    static ConnectionCheck test(String profile, AwsClients clients, String region) {
        GetCallerIdentityResponse identity;
        try {
            identity = clients.client(StsClient.class, region).getCallerIdentity();
        } catch (RuntimeException e) {
            return failed(profile, Optional.empty(), Optional.empty(),
                    AwsProblems.explain(profile, GET_CALLER_IDENTITY, e));
        }
        Optional<String> account = Optional.ofNullable(identity.account());
        Optional<String> arn = Optional.ofNullable(identity.arn());
        try {
            List<String> regions = clients.client(Ec2Client.class, region).describeRegions(r -> r
                            .allRegions(true)
                            .filters(Filter.builder().name("opt-in-status")
                                    .values("opt-in-not-required", "opted-in").build()))
                    .regions().stream().map(Region::regionName).sorted().toList();
            return new ConnectionCheck(profile, account, arn, regions, Optional.empty(), Optional.empty());
        } catch (RuntimeException e) {
            // the connection works; only the region list is missing, and the user may still name regions
            return new ConnectionCheck(profile, account, arn, List.of(), Optional.empty(), Optional.of(
                    "The regions could not be listed: " + AwsProblems.explain(profile, DESCRIBE_REGIONS, e)));
        }
    }

    private static ConnectionCheck failed(String profile, Optional<String> account, Optional<String> arn,
                                          String problem) {
        return new ConnectionCheck(profile, account, arn, List.of(), Optional.of(problem), Optional.empty());
    }
}
