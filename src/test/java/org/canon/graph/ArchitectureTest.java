package org.canon.graph;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package graph of the service's own classes, checked over the compiled classes. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.canon.graph");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("org.canon.graph.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void lowerLayersDoNotReachUpIntoTheWebOrSettings() {
        noClasses().that().resideInAnyPackage("..source..", "..store..", "..vocab..", "..query..", "..load..", "..release..",
                        "..mapping..", "..external..", "..similarity..")
                .should().dependOnClassesThat().resideInAnyPackage("..config..", "..cli..", "..api..")
                .check(classes);
    }
}
