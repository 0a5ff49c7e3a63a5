package io.secpillar;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of ARCHITECTURE.md, enforced: a pure core, adapters at the edges, nobody leans on ui or cli. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.secpillar");

    private static final String[] CORE = {"io.secpillar.pillar..", "io.secpillar.questionnaire..",
            "io.secpillar.assessment..", "io.secpillar.evidence", "io.secpillar.evidence.port..", "io.secpillar.report"};

    @Test
    void theCoreImportsNoToolkitCloudDatabaseOrPdfLibrary() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "software.amazon..", "java.sql..",
                        "javax.sql..", "org.apache.pdfbox..", "org.bouncycastle..", "org.h2..", "org.flywaydb..",
                        "picocli..", "org.controlsfx..", "org.kordamp..")
                .check(CLASSES);
    }

    @Test
    void theCoreDoesNotDependOnAdapters() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("io.secpillar.storage..", "io.secpillar.ui..",
                        "io.secpillar.cli..", "io.secpillar.evidence.aws..", "io.secpillar.evidence.checks..",
                        "io.secpillar.report.pdf..")
                .check(CLASSES);
    }

    @Test
    void nothingButTheLauncherUsesTheUiOrTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("io.secpillar.ui..").and().doNotHaveFullyQualifiedName("io.secpillar.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("io.secpillar.ui..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("io.secpillar.cli..").and().doNotHaveFullyQualifiedName("io.secpillar.Launcher")
                .should().dependOnClassesThat().resideInAnyPackage("io.secpillar.cli..")
                .check(CLASSES);
    }

    @Test
    void onlyTheUiTouchesJavaFx() {
        noClasses().that().resideOutsideOfPackages("io.secpillar.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp..")
                .check(CLASSES);
    }

    @Test
    void onlyStorageTalksToTheDatabase() {
        noClasses().that().resideOutsideOfPackages("io.secpillar.storage..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void onlyTheAwsAdapterAndChecksTouchTheAwsSdk() {
        noClasses().that().resideOutsideOfPackages("io.secpillar.evidence.aws..", "io.secpillar.evidence.checks..")
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..")
                .check(CLASSES);
    }

    /** The SDK-free parts of the evidence engine: the scan use case, and the inventories the checks read. */
    private static final String[] EVIDENCE_PURE = {"io.secpillar.evidence.scan..", "io.secpillar.evidence.inventory.."};

    @Test
    void checksNeverTouchTheAwsSdk() {
        noClasses().that().resideInAPackage("io.secpillar.evidence.checks..")
                .should().dependOnClassesThat().resideInAPackage("software.amazon..")
                .because("a check only evaluates inventories; collecting them is the AWS adapter's job")
                .check(CLASSES);
    }

    @Test
    void theScanAndTheInventoriesArePure() {
        noClasses().that().resideInAnyPackage(EVIDENCE_PURE)
                .should().dependOnClassesThat().resideInAnyPackage("software.amazon..", "javafx..", "java.sql..",
                        "javax.sql..", "org.apache.pdfbox..", "org.bouncycastle..", "org.h2..", "org.flywaydb..",
                        "picocli..", "io.secpillar.evidence.aws..", "io.secpillar.evidence.checks..",
                        "io.secpillar.storage..", "io.secpillar.ui..", "io.secpillar.cli..", "io.secpillar.report..")
                .because("the scan gets its catalog and its AWS access handed in, and inventories are plain data")
                .check(CLASSES);
    }

    @Test
    void theAwsAdapterAndTheChecksDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("io.secpillar.evidence.aws..")
                .should().dependOnClassesThat().resideInAPackage("io.secpillar.evidence.checks..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("io.secpillar.evidence.checks..")
                .should().dependOnClassesThat().resideInAPackage("io.secpillar.evidence.aws..")
                .check(CLASSES);
    }
}
