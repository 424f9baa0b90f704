package com.scoutdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The layering of ARCHITECTURE.md, enforced; each rule says why it exists (as JabRef's architecture tests do). */
@AnalyzeClasses(packages = "com.scoutdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String APP = "com.scoutdesk.app..";
    private static final String UI = "com.scoutdesk.ui..";
    private static final String CLI = "com.scoutdesk.cli..";
    private static final String INTEGRATION = "com.scoutdesk.integration..";
    private static final String PERSISTENCE = "com.scoutdesk.persistence..";
    private static final String MODEL = "com.scoutdesk.model..";

    @ArchTest
    static final ArchRule javaFxOnlyInUiAndApp = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("services, commands and the domain must run headless (CLI, tests, scheduled jobs) "
                    + "and stay testable without a JavaFX toolkit");

    @ArchTest
    static final ArchRule noHibernateInUi = noClasses()
            .that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..")
            .because("services return immutable records built inside a session on a background thread; "
                    + "lazy entities in the UI would hit the database on the FX thread or outside a session")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule integrationKnowsNoPersistenceOrUi = noClasses()
            .that().resideInAPackage(INTEGRATION)
            .should().dependOnClassesThat().resideInAnyPackage(PERSISTENCE, UI)
            .because("provider clients map their DTOs to model records at the edge, so they can be tested "
                    + "against fake servers without a database or a window")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noStandardStreamsOutsideCli = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("a desktop app has no console: everything else logs through SLF4J to the workspace log, "
                    + "and only the command line writes its results to the terminal");

    @ArchTest
    static final ArchRule modelDependsOnNothingAbove = noClasses()
            .that().resideInAPackage(MODEL)
            .should().dependOnClassesThat()
            .resideInAnyPackage(PERSISTENCE, "com.scoutdesk.service..", UI, CLI, APP)
            .because("entities and value types are the bottom layer that every other layer shares");

    @ArchTest
    static final ArchRule concurrentDependsOnNoOtherScoutDeskPackage = noClasses()
            .that().resideInAPackage("com.scoutdesk.concurrent..")
            .should().dependOnClassesThat().resideOutsideOfPackages("com.scoutdesk.concurrent..", "java..",
                    "org.slf4j..")
            .because("the thread factory every layer uses is the bottom of the stack: depending on anything above "
                    + "would make every layer depend on it too");

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("App").definedBy(APP)
            .layer("Ui").definedBy(UI)
            .layer("Cli").definedBy(CLI)
            .layer("Service").definedBy("com.scoutdesk.service..")
            .layer("Enrichment").definedBy("com.scoutdesk.enrichment..")
            .layer("Tracking").definedBy("com.scoutdesk.tracking..")
            .layer("Performance").definedBy("com.scoutdesk.performance..")
            .layer("Scoring").definedBy("com.scoutdesk.scoring..")
            .layer("Scheduling").definedBy("com.scoutdesk.scheduling..")
            .layer("Integration").definedBy(INTEGRATION)
            .layer("Persistence").definedBy(PERSISTENCE)
            .layer("Model").definedBy(MODEL)
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Scheduling")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("App", "Cli", "Service", "Enrichment", "Tracking",
                    "Performance", "Scoring", "Scheduling")
            .because("dependencies point down only (ARCHITECTURE.md): the composition root wires everything, "
                    + "front ends talk to use cases, and storage stays out of the UI and the provider clients");
}
