package se.lofteskollen.events;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The published language stands on its own: any service, and any later reader of the event store, can take it. */
@AnalyzeClasses(packages = "se.lofteskollen.events", importOptions = ImportOption.DoNotIncludeTests.class)
class HouseRulesTest {

    @ArchTest
    static final ArchRule eventsKnowNeitherServiceNorPlatformNorSpring = noClasses()
            .that().resideInAPackage("se.lofteskollen.events..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "se.lofteskollen.command..", "se.lofteskollen.query..", "se.lofteskollen.platform..",
                    "org.springframework..")
            .because("the events are the published language, read by both services and by the store for years");
}
