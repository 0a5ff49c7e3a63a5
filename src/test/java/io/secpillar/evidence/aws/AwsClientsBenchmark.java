package io.secpillar.evidence.aws;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.accessanalyzer.AccessAnalyzerClient;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.inspector2.Inspector2Client;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.macie2.Macie2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.sts.StsClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the clients of a large scan cost: build time, heap and threads for profiles × regions × regional services
 * (the engine keeps them all for a run). Run with
 * {@code mvn -Pbench verify -Dtest=AwsClientsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class AwsClientsBenchmark {

    static final List<Class<? extends SdkClient>> REGIONAL = List.of(StsClient.class, Ec2Client.class,
            S3Client.class, CloudTrailClient.class, GuardDutyClient.class, ConfigClient.class, KmsClient.class,
            AccessAnalyzerClient.class, SecurityHubClient.class, RdsClient.class, ElasticLoadBalancingV2Client.class,
            Inspector2Client.class, Macie2Client.class, BackupClient.class);
    static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2", "eu-west-1",
            "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-south-1", "ap-northeast-1", "ap-northeast-2",
            "ap-southeast-1", "ap-southeast-2", "ca-central-1", "sa-east-1");
    static final int PROFILES = 20;

    @TempDir
    Path dir;

    @Test
    void clientsForTwentyAccountsAndSixteenRegions() throws Exception {
        StringBuilder profiles = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < PROFILES; i++) {
            profiles.append("[profile acct").append(i).append("]\nregion = eu-west-1\nendpoint_url = http://127.0.0.1:9\n");
            keys.append("[acct").append(i).append("]\naws_access_key_id = AKIABENCH").append(String.format("%011d", i))
                    .append("\naws_secret_access_key = bench-secret\n");
        }
        Files.writeString(dir.resolve("config"), profiles);
        Files.writeString(dir.resolve("credentials"), keys);
        AwsConfigLocations locations = AwsConfigLocations.of(dir.resolve("config"), dir.resolve("credentials"),
                dir.resolve("sso"));
        Runtime rt = Runtime.getRuntime();

        try (DefaultAwsAccess access = new DefaultAwsAccess(locations, AwsClientSettings.defaults(),
                MfaCodeProvider.none())) {
            // warm-up: load every client class once so the figures are about instances, not class loading
            long warmStart = System.nanoTime();
            REGIONAL.forEach(t -> access.clients("acct0").client(t, "eu-west-1"));
            long warmMs = (System.nanoTime() - warmStart) / 1_000_000;
            long heapBefore = usedAfterGc(rt);
            int threadsBefore = Thread.activeCount();
            long start = System.nanoTime();
            int built = 0;
            for (int p = 0; p < PROFILES; p++) {
                AwsClients clients = access.clients("acct" + p);
                for (String region : REGIONS) {
                    for (Class<? extends SdkClient> type : REGIONAL) {
                        clients.client(type, region);
                        built++;
                    }
                }
            }
            long buildMs = (System.nanoTime() - start) / 1_000_000;
            long heapAfter = usedAfterGc(rt);
            String figures = String.format("""
                    AWS clients benchmark (%d profiles x %d regions x %d client types)
                    first client of each type (class loading): %d ms
                    clients built: %d in %d ms (%.2f ms per client)
                    heap retained by them: %d MB (%.1f KB per client)
                    live threads before/after: %d/%d
                    """, PROFILES, REGIONS.size(), REGIONAL.size(), warmMs, built, buildMs, (double) buildMs / built,
                    (heapAfter - heapBefore) / (1024 * 1024), (heapAfter - heapBefore) / 1024.0 / built,
                    threadsBefore, Thread.activeCount());
            Path out = Path.of("target", "bench", "aws-clients.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, figures);
            System.out.print(figures);
        }
    }

    private static long usedAfterGc(Runtime rt) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
