package io.secpillar.evidence.aws.iam;

import io.secpillar.evidence.CouldNotAssessReason;
import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.iam.CredentialReportCsv;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory.CredentialReport;
import io.secpillar.evidence.inventory.iam.CredentialReportInventory;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CredentialReportExpiredException;
import software.amazon.awssdk.services.iam.model.CredentialReportNotPresentException;
import software.amazon.awssdk.services.iam.model.CredentialReportNotReadyException;
import software.amazon.awssdk.services.iam.model.GetCredentialReportResponse;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import static io.secpillar.evidence.inventory.iam.CredentialReportInventory.GENERATE;
import static io.secpillar.evidence.inventory.iam.CredentialReportInventory.GET;

/**
 * Asks IAM to generate the credential report, then reads it, waiting briefly while IAM is still writing it
 * (ReportInProgress) and asking once more when it is missing or older than four hours (ReportNotPresent,
 * ReportExpired). When generating is refused but a recent report exists, that report is still used.
 */
public final class CredentialReportCollector implements InventoryCollector<CredentialReportInventory> {

    private final Duration pollInterval;
    private final int maxReads;

    public CredentialReportCollector() {
        this(Duration.ofSeconds(2), 15);
    }

    /** For tests and tuning: how long to wait between reads, and how many reads before giving up. */
    public CredentialReportCollector(Duration pollInterval, int maxReads) {
        this.pollInterval = pollInterval;
        this.maxReads = maxReads;
    }

    @Override
    public Class<CredentialReportInventory> type() {
        return CredentialReportInventory.class;
    }

    @Override
    public CredentialReportInventory collect(AwsClients clients, Target target) {
        return new CredentialReportInventory(report(clients.client(IamClient.class, target.region())));
    }

    private Fetched<CredentialReport> report(IamClient iam) {
        Fetched<String> generated = generate(iam);
        boolean askedAgain = false;
        for (int read = 1; read <= maxReads; read++) {
            Fetched<Optional<GetCredentialReportResponse>> answer = AwsCalls.fetch(GET, () -> read(iam));
            if (!answer.isOk()) {
                return Fetched.failed(answer.reason(), GET, answer.detail());
            }
            if (answer.value().isPresent()) {
                return parse(answer.value().get());
            }
            if (!generated.isOk()) {
                return Fetched.failed(generated.reason(), GENERATE, generated.detail());
            }
            if (!askedAgain && !"INPROGRESS".equals(generated.value()) && !"STARTED".equals(generated.value())) {
                generated = generate(iam);
                askedAgain = true;
            }
            pause();
        }
        return Fetched.failed(CouldNotAssessReason.TIMEOUT, GET, "IAM was still generating the credential report after "
                + maxReads + " reads");
    }

    private static Fetched<String> generate(IamClient iam) {
        return AwsCalls.fetch(GENERATE, () -> iam.generateCredentialReport().stateAsString());
    }

    /** The report, or empty while IAM is still writing it or has none to give. */
    private static Optional<GetCredentialReportResponse> read(IamClient iam) {
        try {
            return Optional.of(iam.getCredentialReport());
        } catch (CredentialReportNotReadyException | CredentialReportNotPresentException
                 | CredentialReportExpiredException e) {
            return Optional.empty();
        }
    }

    private static Fetched<CredentialReport> parse(GetCredentialReportResponse response) {
        try {
            String csv = response.content().asString(StandardCharsets.UTF_8);
            Instant generatedAt = Objects.requireNonNullElseGet(response.generatedTime(), Instant::now);
            return Fetched.ok(new CredentialReport(generatedAt, CredentialReportCsv.parse(csv)), GET);
        } catch (RuntimeException e) {
            return Fetched.failed(CouldNotAssessReason.ERROR, GET, "the credential report could not be read: "
                    + e.getMessage());
        }
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwsCalls.Cancelled(e);
        }
    }
}
