package org.communs.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

/**
 * The portal's package rules, checked on its compiled classes (docs/ARCHITECTURE.md, "Packages").
 * Features (collective, news, mailing, directory, document, plugin…) depend on the shared kernels
 * (member, security, audit, database, ui, i18n, richtext, image, error, search…), never the
 * reverse; no two packages depend on each other, even through others; an entity is read and
 * written only by its own feature, which offers the others a service.
 */
class ArchitectureTest {

    private static final String ROOT = "org.communs.portal";

    /** What every feature may use; none of them uses a feature. */
    private static final String[] KERNELS = {ROOT + ".member..", ROOT + ".security..", ROOT + ".audit..",
            ROOT + ".database..", ROOT + ".ui..", ROOT + ".i18n..", ROOT + ".richtext..", ROOT + ".image..",
            ROOT + ".error..", ROOT + ".rest..", ROOT + ".health..", ROOT + ".index..", ROOT + ".search..", ROOT + ".settings.."};

    private static final String[] FEATURES = {ROOT + ".admin..", ROOT + ".agenda..", ROOT + ".collective..",
            ROOT + ".directory..", ROOT + ".document..", ROOT + ".launcher..", ROOT + ".mailing..", ROOT + ".news..",
            ROOT + ".notification..", ROOT + ".plugin.."};

    private static final JavaClasses PORTAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void packagesDoNotDependOnEachOtherInACycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(PORTAL);
    }

    @Test
    void kernelsDoNotDependOnFeatures() {
        noClasses().that().resideInAnyPackage(KERNELS)
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
                .because("features are built on the kernels; a kernel that knew a feature could not be used without it")
                .check(PORTAL);
    }

    @Test
    void entitiesAreUsedOnlyInsideTheirFeature() {
        ArchRule rule = ArchRuleDefinition.classes().that().areAnnotatedWith(Entity.class)
                .should(beUsedOnlyFromTheirOwnPackage())
                .because("each feature owns its tables; others ask its service");
        rule.check(PORTAL);
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnPackage() {
        return new ArchCondition<>("be used only from their own package") {
            @Override
            public void check(JavaClass entity, ConditionEvents events) {
                for (Dependency dependency : entity.getDirectDependenciesToSelf()) {
                    JavaClass user = dependency.getOriginClass();
                    if (!user.getPackageName().equals(entity.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
