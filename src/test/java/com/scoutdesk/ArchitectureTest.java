package com.scoutdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The layers of {@code src/site/markdown/architecture.md}, enforced: one rule a layer, saying what it may use and
 * why, no cycles between packages at any depth, and the cross-cutting rules (JavaFX, Hibernate, the console). Each
 * rule gives its reason, as JabRef's architecture tests do.
 */
@AnalyzeClasses(packages = "com.scoutdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String APP = "com.scoutdesk.app..";
    private static final String UI = "com.scoutdesk.ui..";
    private static final String CLI = "com.scoutdesk.cli..";
    private static final String SERVICE = "com.scoutdesk.service..";
    private static final String BENCH = "com.scoutdesk.bench..";
    private static final String CREDENTIALS = "com.scoutdesk.credentials..";
    private static final String SCHEDULING = "com.scoutdesk.scheduling..";
    private static final String PERFORMANCE = "com.scoutdesk.performance..";
    private static final String TRACKING = "com.scoutdesk.tracking..";
    private static final String ENRICHMENT = "com.scoutdesk.enrichment..";
    private static final String SAMPLE = "com.scoutdesk.sample..";
    private static final String SCORING = "com.scoutdesk.scoring..";
    private static final String ALERTS = "com.scoutdesk.alerts..";
    private static final String INTEGRATION = "com.scoutdesk.integration..";
    private static final String PERSISTENCE = "com.scoutdesk.persistence..";
    private static final String MODEL = "com.scoutdesk.model..";
    private static final String CONCURRENT = "com.scoutdesk.concurrent..";

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("App").definedBy(APP)
            .layer("Ui").definedBy(UI)
            .layer("Cli").definedBy(CLI)
            .layer("Service").definedBy(SERVICE)
            .layer("Bench").definedBy(BENCH)
            .layer("Credentials").definedBy(CREDENTIALS)
            .layer("Scheduling").definedBy(SCHEDULING)
            .layer("Performance").definedBy(PERFORMANCE)
            .layer("Tracking").definedBy(TRACKING)
            .layer("Enrichment").definedBy(ENRICHMENT)
            .layer("Sample").definedBy(SAMPLE)
            .layer("Scoring").definedBy(SCORING)
            .layer("Alerts").definedBy(ALERTS)
            .layer("Integration").definedBy(INTEGRATION)
            .layer("Persistence").definedBy(PERSISTENCE)
            .layer("Model").definedBy(MODEL)
            .layer("Concurrent").definedBy(CONCURRENT)
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyAccessLayers("Service", "Model", "Concurrent")
            .whereLayer("Cli").mayOnlyAccessLayers("Service", "Bench", "Model")
            .whereLayer("Bench").mayOnlyAccessLayers("Service", "Performance", "Sample", "Enrichment", "Integration",
                    "Persistence", "Model", "Concurrent")
            .whereLayer("Service").mayOnlyAccessLayers("Credentials", "Scheduling", "Performance", "Tracking",
                    "Enrichment", "Sample", "Scoring", "Alerts", "Integration", "Persistence", "Model", "Concurrent")
            .whereLayer("Credentials").mayOnlyAccessLayers("Model", "Concurrent")
            .whereLayer("Scheduling").mayOnlyAccessLayers("Performance", "Tracking", "Enrichment", "Persistence",
                    "Model", "Concurrent")
            .whereLayer("Performance").mayOnlyAccessLayers("Enrichment", "Alerts", "Persistence", "Model",
                    "Concurrent")
            .whereLayer("Tracking").mayOnlyAccessLayers("Enrichment", "Alerts", "Integration", "Persistence", "Model",
                    "Concurrent")
            .whereLayer("Enrichment").mayOnlyAccessLayers("Scoring", "Alerts", "Integration", "Persistence", "Model",
                    "Concurrent")
            .whereLayer("Alerts").mayOnlyAccessLayers("Persistence", "Model", "Concurrent")
            .whereLayer("Sample").mayOnlyAccessLayers("Persistence", "Model")
            .whereLayer("Scoring").mayOnlyAccessLayers("Model")
            .whereLayer("Integration").mayOnlyAccessLayers("Model", "Concurrent")
            .whereLayer("Persistence").mayOnlyAccessLayers("Model", "Concurrent")
            .whereLayer("Model").mayNotAccessAnyLayer()
            .whereLayer("Concurrent").mayNotAccessAnyLayer()
            .because("dependencies point down only (architecture.md): the window and the command line are two front "
                    + "ends over one use-case layer, so neither can do what the other cannot; tracking hands new "
                    + "tracks to the enrichment queue, enrichment scores what it enriched, and neither reaches up; "
                    + "provider clients and storage know nothing of the domain above them, so each is tested alone "
                    + "(clients against fake servers, storage against H2 and PostgreSQL); scoring is pure rules over "
                    + "the model, so the backend and the breakdown on screen share one weight table; the credential "
                    + "store sits under the use cases and over nothing but the model, so the configuration (app) and "
                    + "the credentials commands (service) read one store, and no provider client or front end can "
                    + "reach a stored secret except through them");

    @ArchTest
    static final ArchRule onlyTheCredentialStoreTalksToTheKeyring = noClasses()
            .that().resideOutsideOfPackage(CREDENTIALS)
            .should().dependOnClassesThat().resideInAPackage("com.github.javakeyring..")
            .because("one place decides between the OS keyring and the private file, bounds every keyring call in "
                    + "time and keeps values out of messages; a second caller would bypass all three");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("com.scoutdesk.(**)")
            .should().beFreeOfCycles()
            .because("a cycle at any depth (a package and its sub-package included) means neither side can be "
                    + "understood, tested or changed alone, and the layer rule cannot see it inside one layer");

    @ArchTest
    static final ArchRule javaFxOnlyInUiAndApp = noClasses()
            .that().resideOutsideOfPackages(UI, APP)
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("use cases, commands and the domain must run headless (CLI, tests, scheduled jobs) "
                    + "and stay testable without a JavaFX toolkit");

    @ArchTest
    static final ArchRule noHibernateInFrontEnds = noClasses()
            .that().resideInAnyPackage(UI, CLI)
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..", "java.sql..")
            .because("use cases return immutable records built inside a session on a background thread; "
                    + "lazy entities in a front end would hit the database on the FX thread or outside a session");

    @ArchTest
    static final ArchRule noStandardStreamsOutsideCli = noClasses()
            .that().resideOutsideOfPackage(CLI)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("a desktop app has no console: everything else logs through SLF4J to the workspace log, "
                    + "and only the command line writes its results to the terminal");

    @ArchTest
    static final ArchRule concurrentDependsOnlyOnTheJdkAndLogging = noClasses()
            .that().resideInAPackage(CONCURRENT)
            .should().dependOnClassesThat().resideOutsideOfPackages(CONCURRENT, "java..", "org.slf4j..")
            .because("the thread factory and the background-work seam are the bottom of the stack: depending on "
                    + "anything above would make every layer depend on it too");

    @ArchTest
    static final ArchRule providerClientsUseNoOtherProvidersInternals = slices()
            .matching("com.scoutdesk.integration.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(
                            "com.scoutdesk.integration.common.."))
            .because("one package per provider, each with its own rate limiter and DTOs: a change in one source's "
                    + "shape must not ripple into another's client (integration.common is their shared toolkit)");
}
