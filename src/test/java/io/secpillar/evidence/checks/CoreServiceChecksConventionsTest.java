package io.secpillar.evidence.checks;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.aws.InventoryCollector;
import io.secpillar.evidence.aws.catalog.CollectorCatalog;
import io.secpillar.pillar.BundledLens;
import io.secpillar.pillar.LoadedLens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules every check of the identity, logging and detection services keeps: the registered set, ids that
 * are the snake_case of the class, small final classes, operations that are exactly what their inventory
 * reads (so the generated least-privilege policy covers every read), one collector and one scope per
 * inventory, and a mapping to practices that exist in the bundled lens.
 */
class CoreServiceChecksConventionsTest {

    static final List<Check<?>> CHECKS = CheckCatalogSlices.of("iam", "organizations", "cloudtrail", "config",
            "guardduty", "securityhub", "accessanalyzer", "kms", "inspector", "macie", "backup", "account");

    @Test
    void registersTheseChecks() {
        assertThat(CHECKS).extracting(c -> c.metadata().id()).containsExactlyInAnyOrder(
                "iam_root_mfa_enabled", "iam_root_hardware_mfa_enabled", "iam_no_root_access_key",
                "iam_avoid_root_usage", "iam_password_policy_minimum_length_14", "iam_password_policy_reuse_24",
                "iam_password_policy_complexity", "iam_user_mfa_enabled_console_access", "iam_user_accesskey_unused",
                "iam_rotate_access_key_90_days", "iam_user_two_active_access_key",
                "iam_customer_attached_policy_no_administrative_privileges",
                "iam_customer_unattached_policy_no_administrative_privileges",
                "iam_policy_attached_only_to_group_or_roles", "iam_support_role_created",
                "organizations_account_part_of_organizations", "organizations_scp_in_use",
                "cloudtrail_multi_region_enabled", "cloudtrail_log_file_validation_enabled",
                "cloudtrail_kms_encryption_enabled", "cloudtrail_cloudwatch_logging_enabled",
                "config_recorder_all_regions_enabled", "config_rule_remediation_configured", "guardduty_is_enabled", "guardduty_no_high_severity_findings",
                "securityhub_enabled", "accessanalyzer_enabled", "kms_cmk_rotation_enabled", "inspector2_is_enabled",
                "macie_is_enabled", "backup_plans_exist", "account_security_contact_information_is_registered");
        assertThat(CheckCatalog.all()).extracting(c -> c.metadata().id())
                .containsAll(CHECKS.stream().map(c -> c.metadata().id()).toList());
    }

    @Test
    void idsAreTheSnakeCaseOfTheirClassAndUnique() {
        CatalogConsistencyTest.assertIdsFollowClassNames(CHECKS);
    }

    @Test
    void checksAreSmallFinalClasses() throws IOException {
        for (Check<?> check : CHECKS) {
            Class<?> type = check.getClass();
            assertThat(Modifier.isFinal(type.getModifiers())).as(type.getSimpleName() + " is final").isTrue();
            Path source = Path.of("src/main/java", type.getName().replace('.', '/') + ".java");
            try (Stream<String> lines = Files.lines(source)) {
                assertThat(lines.count()).as(type.getSimpleName() + " lines").isLessThanOrEqualTo(60);
            }
        }
    }

    @Test
    void checksNameExactlyTheReadsOfTheirInventory() throws ReflectiveOperationException {
        Map<Class<?>, Set<String>> usedByChecks = new HashMap<>();
        for (Check<?> check : CHECKS) {
            List<String> reads = inventoryOperations(check.inventoryType());
            assertThat(reads).as(check.metadata().id() + " operations").containsAll(check.metadata().operations());
            usedByChecks.computeIfAbsent(check.inventoryType(), k -> new TreeSet<>())
                    .addAll(check.metadata().operations());
        }
        for (var entry : usedByChecks.entrySet()) {
            assertThat(entry.getValue()).as("reads of " + entry.getKey().getSimpleName() + " that no check names")
                    .containsExactlyInAnyOrderElementsOf(inventoryOperations(entry.getKey()));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> inventoryOperations(Class<?> inventory) throws ReflectiveOperationException {
        return (List<String>) inventory.getField("OPERATIONS").get(null);
    }

    @Test
    void eachInventoryHasOneCollectorAndOneScope() {
        Map<Class<?>, Long> collectors = CollectorCatalog.all().stream()
                .collect(Collectors.groupingBy(InventoryCollector::type, Collectors.counting()));
        Map<Class<?>, Set<Scope>> scopes = new HashMap<>();
        CHECKS.forEach(c -> scopes.computeIfAbsent(c.inventoryType(), k -> new HashSet<>()).add(c.metadata().scope()));
        assertThat(scopes.keySet()).allSatisfy(type -> assertThat(collectors.get(type)).as(type.getSimpleName())
                .isEqualTo(1L));
        assertThat(scopes.values()).allSatisfy(s -> assertThat(s).hasSize(1));
    }

    @Test
    void everyCheckIsMappedToPracticesOfTheBundledLens() {
        LoadedLens lens = BundledLens.load();
        Set<String> labels = lens.lens().questions().stream().flatMap(q -> q.bestPractices().stream()
                .map(c -> lens.practiceLabel(q.id(), c.id()))).collect(Collectors.toSet());
        CheckMapping mapping = CheckMapping.bundled();
        for (Check<?> check : CHECKS) {
            Set<String> practices = mapping.practicesFor(check.metadata().id());
            assertThat(practices).as("practices of " + check.metadata().id()).isNotEmpty();
            assertThat(labels).containsAll(practices);
        }
    }
}
