package no.hjelperjournal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Holds the inward direction of the packages (STYLE.md): features never reach up into the window or commands. */
@AnalyzeClasses(packages = "no.hjelperjournal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyStoreKnowsSql = noClasses()
            .that()
            .resideOutsideOfPackages("no.hjelperjournal.store..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.jooq..", "org.h2..", "org.flywaydb..", "java.sql..");

    @ArchTest
    static final ArchRule featuresDoNotKnowTheUiOrCli = noClasses()
            .that()
            .resideInAnyPackage(
                    "no.hjelperjournal.journal..",
                    "no.hjelperjournal.store..",
                    "no.hjelperjournal.guidance..",
                    "no.hjelperjournal.privacy..",
                    "no.hjelperjournal.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("no.hjelperjournal.ui..", "no.hjelperjournal.cli..", "javafx..");

    @ArchTest
    static final ArchRule journalDoesNotKnowTheStore = noClasses()
            .that()
            .resideInAPackage("no.hjelperjournal.journal..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("no.hjelperjournal.store..");

    @ArchTest
    static final ArchRule uiAndCliStayApart = noClasses()
            .that()
            .resideInAPackage("no.hjelperjournal.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("no.hjelperjournal.cli..");
}
