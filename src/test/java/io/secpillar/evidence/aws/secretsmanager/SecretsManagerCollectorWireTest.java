package io.secpillar.evidence.aws.secretsmanager;

import io.secpillar.evidence.Status;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.wire.FakeAws;
import io.secpillar.evidence.checks.secretsmanager.SecretsmanagerAutomaticRotationEnabled;
import io.secpillar.evidence.checks.secretsmanager.SecretsmanagerSecretUnused;
import io.secpillar.evidence.inventory.secretsmanager.SecretsManagerInventory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets Manager over AWS JSON 1.1 (X-Amz-Target: secretsmanager.ListSecrets); dates are epoch seconds. */
class SecretsManagerCollectorWireTest {

    static final Target EU = new Target("audit", "111122223333", "eu-west-1");
    static final Clock SCAN = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    final FakeAws aws = FakeAws.perTest();

    @Test
    void everyPageIsReadAndJudgedAgainstTheScanClock() {
        aws.json("secretsmanager.ListSecrets", "{\"SecretList\":[{\"ARN\":\"arn:aws:secretsmanager:eu-west-1:"
                + "111122223333:secret:db/app-AbCdEf\",\"Name\":\"db/app\",\"RotationEnabled\":true,"
                + "\"RotationLambdaARN\":\"arn:aws:lambda:eu-west-1:111122223333:function:rotate\","
                + "\"RotationRules\":{\"AutomaticallyAfterDays\":30},\"LastRotatedDate\":1771545600,"
                + "\"LastChangedDate\":1771545600,\"LastAccessedDate\":1772236800,\"NextRotationDate\":1774137600,"
                + "\"CreatedDate\":1736496000,\"SecretVersionsToStages\":{\"a1\":[\"AWSCURRENT\"]}}],"
                + "\"NextToken\":\"secrets-2\"}");
        aws.json("secretsmanager.ListSecrets", "{\"SecretList\":[{\"ARN\":\"arn:aws:secretsmanager:eu-west-1:"
                + "111122223333:secret:api/partner-GhIjKl\",\"Name\":\"api/partner\",\"LastChangedDate\":1736496000,"
                + "\"LastAccessedDate\":1754006400,\"CreatedDate\":1736496000}]}", "\"NextToken\":\"secrets-2\"");

        SecretsManagerInventory inventory = new SecretsManagerCollector(SCAN).collect(aws.clients(), EU);

        assertThat(new SecretsmanagerAutomaticRotationEnabled().evaluate(inventory, EU))
                .extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL);
        assertThat(new SecretsmanagerSecretUnused().evaluate(inventory, EU))
                .extracting(f -> f.status()).containsExactly(Status.PASS, Status.FAIL);
        assertThat(aws.requests()).allSatisfy(r -> assertThat(r.getHeader("X-Amz-Target"))
                .isEqualTo("secretsmanager.ListSecrets"));
    }

    @Test
    void aRefusalIsCouldNotAssessNamingTheAction() {
        aws.jsonError("secretsmanager.ListSecrets", 400, "AccessDeniedException", "User: arn:aws:sts::111122223333:"
                + "assumed-role/Audit/s is not authorized to perform: secretsmanager:ListSecrets");

        SecretsManagerInventory inventory = new SecretsManagerCollector(SCAN).collect(aws.clients(), EU);

        assertThat(new SecretsmanagerSecretUnused().evaluate(inventory, EU)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(Status.COULD_NOT_ASSESS);
            assertThat(f.reason()).contains("lacks the permission secretsmanager:ListSecrets");
        });
    }
}
