package io.secpillar.watool;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The WA Tool feature keeps apart what may write to AWS: its pure part knows no SDK, and the evidence engine (whose
 * clients are read-only) never reaches the WA Tool's writing client.
 */
class WaToolArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.secpillar");

    @Test
    void thePurePartImportsNoSdkToolkitOrDatabase() {
        noClasses().that().resideInAPackage("io.secpillar.watool")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "javafx..", "java.sql..",
                        "io.secpillar.evidence.aws..", "io.secpillar.storage..", "io.secpillar.watool.aws..")
                .check(CLASSES);
    }

    @Test
    void theEvidenceEngineNeverUsesTheWaToolClient() {
        noClasses().that().resideInAnyPackage("io.secpillar.evidence..", "io.secpillar.pillar..",
                        "io.secpillar.questionnaire..", "io.secpillar.assessment..", "io.secpillar.report..")
                .should().dependOnClassesThat().resideInAnyPackage("io.secpillar.watool..")
                .check(CLASSES);
    }
}
