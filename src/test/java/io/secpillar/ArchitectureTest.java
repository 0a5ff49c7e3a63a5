package io.secpillar;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.secpillar.app.Services;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of ARCHITECTURE.md, enforced: a pure core, adapters at the edges, nobody leans on ui or cli. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.secpillar");

    private static final String[] CORE = {"io.secpillar.pillar..", "io.secpillar.questionnaire..",
            "io.secpillar.assessment..", "io.secpillar.evidence", "io.secpillar.evidence.port..", "io.secpillar.report", "io.secpillar.evidence.policy..", "io.secpillar.evidence.network.."};

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
        noClasses().that().resideOutsideOfPackages("io.secpillar.evidence.aws..", "io.secpillar.evidence.checks..",
                        "io.secpillar.watool.aws..")
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

    @Test
    void onlyTheReportAdapterTouchesPdfBox() {
        noClasses().that().resideOutsideOfPackage("io.secpillar.report.pdf")
                .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..")
                .because("the preview, the export and the verifier reach PDFBox through report.pdf's own API")
                .check(CLASSES);
    }

    @Test
    void onlyTheReportAdapterAndSigningTouchBouncyCastle() {
        noClasses().that().resideOutsideOfPackages("io.secpillar.report.pdf", "io.secpillar.report.signing")
                .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
                .check(CLASSES);
    }

    /**
     * Services opens the store and wires every adapter; only the composition roots may hold it: the window's App,
     * each command of the command line (a command is one run that opens the store, uses it and closes it), and the
     * packaged self-check's steps (each opens a throw-away store of its own).
     * Views and view models get the core services they need, never the whole bag.
     */
    @Test
    void onlyTheCompositionRootsUseServices() {
        noClasses().that().doNotHaveFullyQualifiedName("io.secpillar.ui.App")
                .and().doNotHaveFullyQualifiedName("io.secpillar.Launcher")
                .and(not(COMMAND))
                .and().resideOutsideOfPackage("io.secpillar.selfcheck")
                .and().doNotBelongToAnyOf(Services.class)
                .should().dependOnClassesThat().belongToAnyOf(Services.class)
                .check(CLASSES);
    }

    /** The root package holds the entry point only, so it may depend on everything and nothing depends on it. */
    @Test
    void nothingDependsOnTheRootPackage() {
        noClasses().that().resideOutsideOfPackage("io.secpillar")
                .should().dependOnClassesThat().resideInAPackage("io.secpillar")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().assignedFrom(PACKAGES_WITH_THEIR_PORTS).should().beFreeOfCycles()
                .check(CLASSES);
    }

    private static final DescribedPredicate<JavaClass> COMMAND = DescribedPredicate.describe("a command of the command line",
            c -> c.getPackageName().equals("io.secpillar.cli") && c.getSimpleName().endsWith("Command"));

    private static <T> DescribedPredicate<T> not(DescribedPredicate<T> p) {
        return DescribedPredicate.not(p);
    }

    /** One slice per package of ours, except that a package's port/ belongs with the package it serves. */
    private static final SliceAssignment PACKAGES_WITH_THEIR_PORTS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String p = c.getPackageName();
            if (!p.equals("io.secpillar") && !p.startsWith("io.secpillar.")) {
                return SliceIdentifier.ignore();
            }
            return SliceIdentifier.of(p.endsWith(".port") ? p.substring(0, p.length() - ".port".length()) : p);
        }

        @Override
        public String getDescription() {
            return "packages of io.secpillar (a package together with its port/)";
        }
    };
}
