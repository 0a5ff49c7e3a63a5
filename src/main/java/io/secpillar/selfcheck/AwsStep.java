package io.secpillar.selfcheck;

import io.secpillar.evidence.aws.AwsClientSettings;
import io.secpillar.evidence.aws.AwsConfigLocations;
import io.secpillar.evidence.scan.ConnectionCheck;
import io.secpillar.evidence.aws.DefaultAwsAccess;
import io.secpillar.evidence.aws.MfaCodeProvider;
import io.secpillar.evidence.aws.WriteGuardProbe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The AWS SDK as a scan uses it: a profile read from AWS CLI files (here a scratch pair naming a 127.0.0.1
 * endpoint and made-up keys), read-only clients from the workbench's one client factory, Test connection's real
 * calls answered in the wire format, and a write refused by the guard before it is sent.
 */
final class AwsStep implements SelfCheck.Step {

    private static final String PROFILE = "secpillar-self-check";
    private static final String REGION = "us-east-1";

    @Override
    public String name() {
        return "aws";
    }

    @Override
    public String run(Path scratch) throws Exception {
        Path dir = Files.createDirectories(scratch.resolve("aws"));
        try (LocalAwsEndpoint endpoint = new LocalAwsEndpoint()) {
            Path config = Files.writeString(dir.resolve("config"), """
                    [profile %s]
                    region = %s
                    endpoint_url = %s
                    """.formatted(PROFILE, REGION, endpoint.url()));
            Path credentials = Files.writeString(dir.resolve("credentials"), """
                    [%s]
                    aws_access_key_id = AKIASELFCHECKEXAMPLE
                    aws_secret_access_key = self-check-not-a-secret
                    """.formatted(PROFILE));
            try (DefaultAwsAccess access = new DefaultAwsAccess(AwsConfigLocations.of(config, credentials,
                    dir.resolve("sso")), AwsClientSettings.defaults(), MfaCodeProvider.none())) {
                ConnectionCheck check = access.testConnection(PROFILE);
                if (!check.ok()) {
                    throw new IllegalStateException(check.problem().orElse("Test connection failed"));
                }
                int sent = endpoint.actions().size();
                Optional<String> refused = WriteGuardProbe.refusedWrite(access.clients(PROFILE), REGION);
                if (refused.isEmpty() || endpoint.actions().size() != sent) {
                    throw new IllegalStateException("a write reached the endpoint: the read-only guard is missing");
                }
                return String.format("STS and EC2 clients against %s: account %s, %d regions; %s refused "
                        + "before sending", endpoint.url(), check.accountId().orElse("?"),
                        check.enabledRegions().size(), refused.get());
            }
        }
    }
}
