package org.partnershipsteward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/architecture.md. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.partnershipsteward");

    @Test
    void entitiesDoNotDependOnBoundaryOrControl() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
                .check(CLASSES);
    }

    @Test
    void policiesDoNotDependOnBoundaries() {
        noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .check(CLASSES);
    }

    @Test
    void policiesNeverReadTheDatabase() {
        noClasses().that().resideInAPackage("..control..")
                .and().haveSimpleNameEndingWith("Policy").or().haveSimpleNameEndingWith("Rule")
                .or().haveSimpleNameEndingWith("Check")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void platformDoesNotDependOnBusinessComponents() {
        noClasses().that().resideInAPackage("org.partnershipsteward.platform..")
                .and().resideOutsideOfPackage("org.partnershipsteward.platform.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.partnershipsteward.organization..",
                        "org.partnershipsteward.bylaws..", "org.partnershipsteward.membership..",
                        "org.partnershipsteward.board..", "org.partnershipsteward.summit..")
                .check(CLASSES);
    }
}
