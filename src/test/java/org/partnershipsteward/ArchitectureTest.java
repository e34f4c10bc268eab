package org.partnershipsteward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/architecture.md. */
class ArchitectureTest {

    private static final String BASE = "org.partnershipsteward";

    /** Every business component but audit, which is the ground floor: platform records its decisions there. */
    private static final String[] BUSINESS_COMPONENTS = {BASE + ".organization..", BASE + ".eligibility..",
            BASE + ".bylaws..", BASE + ".membership..", BASE + ".board..", BASE + ".summit..", BASE + ".notice..",
            BASE + ".health..", BASE + ".survey..", BASE + ".obligation..", BASE + ".auditlog..", BASE + ".incident..", BASE + ".minutes..", BASE + ".demo.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void componentsDependOnEachOtherOneWayOnly() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void entitiesDoNotDependOnBoundaryOrControl() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..")
                .check(CLASSES);
    }

    @Test
    void controlDoesNotDependOnBoundaries() {
        noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .check(CLASSES);
    }

    /**
     * The outbox's relay (notice.control: Relay, OutboxStore with its per-batch Marks) claims rows with plain JDBC; it
     * is the one exception.
     */
    @Test
    void controlNeverReadsTheDatabase() {
        noClasses().that().resideInAPackage("..control..")
                .and().doNotHaveFullyQualifiedName(BASE + ".notice.control.Relay")
                .and().doNotHaveFullyQualifiedName(BASE + ".notice.control.OutboxStore")
                .and().doNotHaveFullyQualifiedName(BASE + ".notice.control.OutboxStore$Marks")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    @Test
    void platformDoesNotDependOnBusinessComponents() {
        noClasses().that().resideInAPackage(BASE + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(BUSINESS_COMPONENTS)
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheDemoData() {
        noClasses().that().resideOutsideOfPackage(BASE + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".demo..")
                .check(CLASSES);
    }

    /**
     * A REST resource is made once and shared by every call (issue 21: building one per call, with a new proxy for
     * each boundary it injects, was a quarter of Jersey's time on a trivial call), so it holds nothing of one request:
     * what a call needs of its request comes as a {@code @Context} parameter, never a field.
     */
    @Test
    void restResourcesAreSharedAndHoldNothingOfARequest() {
        classes().that().areAnnotatedWith(Path.class).should().beAnnotatedWith(ApplicationScoped.class).check(CLASSES);
        noFields().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .should().beAnnotatedWith(Context.class).check(CLASSES);
    }
}
