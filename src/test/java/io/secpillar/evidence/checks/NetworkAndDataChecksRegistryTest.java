package io.secpillar.evidence.checks;

import io.secpillar.evidence.Check;
import io.secpillar.evidence.CheckMapping;
import io.secpillar.evidence.Scope;
import io.secpillar.evidence.aws.catalog.CollectorCatalog;
import io.secpillar.pillar.BundledLens;
import io.secpillar.pillar.LoadedLens;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S3, EC2/VPC, RDS and ELBv2 registries keep the check rules: ids derived from class names, read-only IAM
 * actions, one collector per inventory read, a test beside every check, small classes, and a place in the
 * best-practice mapping under labels the bundled lens knows.
 */
class NetworkAndDataChecksRegistryTest {

    private static final List<Check<?>> CHECKS = CheckCatalogSlices.of("s3", "ec2", "rds", "elbv2");

    @Test
    void idIsTheSnakeCaseOfTheClassNameAndUnique() {
        CatalogConsistencyTest.assertIdsFollowClassNames(CHECKS);
        assertThat(CHECKS.stream().map(c -> c.metadata().id()).distinct()).hasSameSizeAs(CHECKS);
        assertThat(CHECKS).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void operationsAreReadOnlyIamActions() {
        assertThat(CHECKS).allSatisfy(c -> assertThat(c.metadata().operations()).isNotEmpty()
                .allMatch(op -> op.matches("(s3|ec2|rds|elasticloadbalancing):(Describe|Get|List)[A-Za-z]+"), "read-only"));
    }

    @Test
    void s3IsCollectedPerAccountAndTheOthersPerRegion() {
        assertThat(CheckCatalogSlices.of("s3")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.metadata().scope()).isEqualTo(Scope.GLOBAL));
        assertThat(CheckCatalogSlices.of("ec2", "rds", "elbv2")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.metadata().scope()).isEqualTo(Scope.REGIONAL));
    }

    @Test
    void everyInventoryReadHasExactlyOneCollector() {
        Set<String> read = CHECKS.stream().map(c -> c.inventoryType().getName()).collect(Collectors.toSet());
        assertThat(read).hasSize(4).allSatisfy(type -> assertThat(CollectorCatalog.all())
                .filteredOn(c -> c.type().getName().equals(type)).as("collectors of " + type).hasSize(1));
    }

    @Test
    void everyCheckIsSmallAndHasItsOwnTest() throws IOException {
        for (Check<?> check : CHECKS) {
            String path = check.getClass().getName().replace('.', '/');
            assertThat(Files.readAllLines(Path.of("src/main/java", path + ".java"))).as(path).hasSizeLessThanOrEqualTo(60);
            assertThat(Path.of("src/test/java", path + "Test.java")).as("test of " + path).exists();
        }
    }

    @Test
    void everyCheckIsMappedUnderALabelOfTheBundledLens() {
        CheckMapping mapping = CheckMapping.bundled();
        LoadedLens lens = BundledLens.load();
        Set<String> labels = lens.lens().questions().stream()
                .flatMap(q -> q.choices().stream().map(ch -> lens.practiceLabel(q.id(), ch.id())))
                .collect(Collectors.toSet());
        assertThat(CHECKS).allSatisfy(c -> assertThat(mapping.practicesFor(c.metadata().id()))
                .as(c.metadata().id()).isNotEmpty().allSatisfy(label -> assertThat(labels).contains(label)));
    }
}
