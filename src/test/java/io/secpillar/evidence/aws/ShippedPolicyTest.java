package io.secpillar.evidence.aws;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMetadata;
import io.secpillar.evidence.checks.CheckCatalog;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The policy shipped under assets/ is exactly what the real check catalog needs, and every catalog operation
 * passes the read-only guard. To regenerate after changing checks:
 * {@code mvn -q test -Dtest=ShippedPolicyTest -Dsecpillar.writePolicy=true}
 * (or {@code java -jar target/secpillar.jar policy --out assets/iam/secpillar-readonly-policy.json}).
 */
class ShippedPolicyTest {

    static final Path SHIPPED = Path.of(ReadOnlyPolicy.SHIPPED_FILE);
    /** IAM's limit for a customer managed policy, counted without white space. */
    static final int MANAGED_POLICY_LIMIT = 6144;

    static List<CheckMetadata> catalog() {
        return CheckCatalog.all().stream().map(Check::metadata).toList();
    }

    @Test
    void everyCatalogOperationIsAReadTheGuardAllows() {
        assertThat(ReadOnlyPolicy.notReadOnly(catalog()))
                .as("checks whose declared operations the read-only guard would refuse").isEmpty();
    }

    @Test
    void theShippedPolicyIsWhatTheCatalogNeeds() throws Exception {
        String expected = ReadOnlyPolicy.json(catalog());
        if (Boolean.getBoolean("secpillar.writePolicy")) {
            Files.createDirectories(SHIPPED.getParent());
            Files.writeString(SHIPPED, expected, StandardCharsets.UTF_8);
        }
        assertThat(SHIPPED).as("the shipped policy file").exists();
        assertThat(Files.readString(SHIPPED, StandardCharsets.UTF_8))
                .as(SHIPPED + " is out of date with the check catalog. Regenerate it with "
                        + "`mvn -q test -Dtest=ShippedPolicyTest -Dsecpillar.writePolicy=true` "
                        + "(or `java -jar target/secpillar.jar policy --out " + SHIPPED + "`) and commit it.")
                .isEqualTo(expected);
    }

    @Test
    void itFitsInACustomerManagedPolicy() {
        String json = ReadOnlyPolicy.json(catalog());

        assertThat(json.replaceAll("\\s", "").length()).isLessThanOrEqualTo(MANAGED_POLICY_LIMIT);
    }
}
