package se.lofteskollen.platform;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The platform is the ground both services stand on: it knows neither of them. */
@AnalyzeClasses(packages = "se.lofteskollen.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class HouseRulesTest {

    @ArchTest
    static final ArchRule platformKnowsNoService = noClasses()
            .that().resideInAPackage("se.lofteskollen.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("se.lofteskollen.command..", "se.lofteskollen.query..")
            .because("both services stand on the platform, so it cannot stand on either");

    @ArchTest
    static final ArchRule platformFoldersDoNotImportEachOtherInACircle = slices()
            .matching("se.lofteskollen.platform.(*)..")
            .should().beFreeOfCycles();
}
