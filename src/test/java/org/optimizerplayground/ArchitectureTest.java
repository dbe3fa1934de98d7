package org.optimizerplayground;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The two layers stay apart: the engine is plain Java that the web layer calls, never the reverse. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.optimizerplayground");

    @Test
    void engineImportsNeitherVaadinNorSpring() {
        noClasses().that().resideInAPackage("org.optimizerplayground.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..",
                        "jakarta.servlet..", "org.apache..")
                .check(MAIN);
    }

    @Test
    void engineDoesNotCallTheWebLayer() {
        noClasses().that().resideInAPackage("org.optimizerplayground.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.optimizerplayground.web..")
                .check(MAIN);
    }
}
