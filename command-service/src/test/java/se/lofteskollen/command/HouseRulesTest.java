package se.lofteskollen.command;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The command service's walls, as STYLE.md draws them: checked on the service's own classes, not its tests. */
@AnalyzeClasses(packages = "se.lofteskollen.command", importOptions = ImportOption.DoNotIncludeTests.class)
class HouseRulesTest {

    @ArchTest
    static final ArchRule commandServiceNeverReachesIntoTheQueryService = noClasses()
            .that().resideInAPackage("se.lofteskollen.command..")
            .should().dependOnClassesThat().resideInAPackage("se.lofteskollen.query..")
            .because("the services share only shared-events and platform");

    @ArchTest
    static final ArchRule featureFoldersDoNotImportEachOtherInACircle = slices()
            .matching("se.lofteskollen.command.(*)..")
            .should().beFreeOfCycles();
}
