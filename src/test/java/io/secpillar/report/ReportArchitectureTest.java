package io.secpillar.report;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The report's read model stays pure: no PDF, crypto, UI, JDBC or AWS types in io.secpillar.report itself. */
class ReportArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.secpillar");

    @Test
    void readModelImportsNoAdapterLibrary() {
        noClasses().that().resideInAPackage("io.secpillar.report")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.bouncycastle..",
                        "javafx..", "java.sql..", "software.amazon..", "io.secpillar.ui..", "io.secpillar.cli..",
                        "io.secpillar.storage..", "io.secpillar.report.pdf..", "io.secpillar.report.signing..")
                .check(CLASSES);
    }

    @Test
    void pdfAndSigningNeverReachTheUiOrTheCommandLine() {
        noClasses().that().resideInAnyPackage("io.secpillar.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.secpillar.ui..", "io.secpillar.cli..")
                .check(CLASSES);
    }
}
