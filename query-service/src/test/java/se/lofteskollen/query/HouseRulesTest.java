package se.lofteskollen.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The query service's walls, as STYLE.md draws them: checked on the service's own classes, not its tests. */
@AnalyzeClasses(packages = "se.lofteskollen.query", importOptions = ImportOption.DoNotIncludeTests.class)
class HouseRulesTest {

    @ArchTest
    static final ArchRule queryServiceNeverReachesIntoTheCommandService = noClasses()
            .that().resideInAPackage("se.lofteskollen.query..")
            .should().dependOnClassesThat().resideInAPackage("se.lofteskollen.command..")
            .because("the services share only shared-events and platform");

    @ArchTest
    static final ArchRule featureFoldersDoNotImportEachOtherInACircle = slices()
            .matching("se.lofteskollen.query.(*)..")
            .should().beFreeOfCycles();
}
