package io.secpillar.evidence.aws.acm;

import io.secpillar.evidence.Fetched;
import io.secpillar.evidence.Target;
import io.secpillar.evidence.aws.AwsCalls;
import io.secpillar.evidence.aws.AwsClients;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.inventory.acm.AcmInventory;
import io.secpillar.evidence.inventory.acm.AcmInventory.Certificate;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.acm.model.CertificateSummary;
import software.amazon.awssdk.services.acm.model.CertificateType;
import software.amazon.awssdk.services.acm.model.KeyAlgorithm;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static io.secpillar.evidence.inventory.acm.AcmInventory.DESCRIBE_CERTIFICATE;
import static io.secpillar.evidence.inventory.acm.AcmInventory.LIST_CERTIFICATES;

/**
 * Lists every certificate of the region, of every key type (ListCertificates returns only RSA 2048 ones unless
 * asked for the others), and describes only the Amazon-issued ones, the only kind with a transparency setting.
 */
public final class AcmCollector implements InventoryCollector<AcmInventory> {

    private static final List<KeyAlgorithm> EVERY_KEY_TYPE = KeyAlgorithm.knownValues().stream().toList();

    private final Clock clock;

    public AcmCollector() {
        this(Clock.systemUTC());
    }

    public AcmCollector(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Class<AcmInventory> type() {
        return AcmInventory.class;
    }

    @Override
    public AcmInventory collect(AwsClients clients, Target target) {
        AcmClient acm = clients.client(AcmClient.class, target.region());
        return new AcmInventory(clock.instant(), AwsCalls.fetch(LIST_CERTIFICATES, () -> acm.listCertificatesPaginator(
                r -> r.includes(f -> f.keyTypes(EVERY_KEY_TYPE))).certificateSummaryList().stream().toList())
                .map(list -> list.stream().map(c -> certificate(acm, c)).toList()));
    }

    private static Certificate certificate(AcmClient acm, CertificateSummary c) {
        Optional<Fetched<String>> transparency = c.type() == CertificateType.AMAZON_ISSUED
                ? Optional.of(AwsCalls.fetch(DESCRIBE_CERTIFICATE, () -> transparency(acm, c.certificateArn())))
                : Optional.empty();
        return new Certificate(c.certificateArn(), c.domainName(), c.typeAsString(), c.statusAsString(),
                c.keyAlgorithmAsString(), Optional.ofNullable(c.notAfter()), Boolean.TRUE.equals(c.inUse()),
                transparency, c.toString());
    }

    /** The certificate's transparency preference; null (an unreadable answer) when the description lacks it. */
    private static String transparency(AcmClient acm, String arn) {
        var options = acm.describeCertificate(r -> r.certificateArn(arn)).certificate().options();
        return options == null ? null : options.certificateTransparencyLoggingPreferenceAsString();
    }
}
