package org.communs.portal.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The plugin contract shows plugins nothing of the portal's inside: its types speak only of each
 * other, the JDK and the Jakarta APIs a plugin compiles against.
 */
class ApiArchitectureTest {

    private static final JavaClasses API = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.communs.portal.api");

    @Test
    void theContractLeaksNoInternalType() {
        noClasses().that().resideInAPackage("org.communs.portal.api..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.communs.portal.api..", "java..", "javax.sql..", "jakarta..")
                .because("a plugin sees only portal-api: a portal type in the contract would fail to load in its class loader")
                .check(API);
    }
}
