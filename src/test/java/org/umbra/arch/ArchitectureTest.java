package org.umbra.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers stay honest: logic never imports UI, and only charts touches ChartFX. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.umbra");
    }

    @Test
    void logicLayersImportNoJavaFxOrChartFx() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.umbra.market..", "org.umbra.store..", "org.umbra.collect..",
                        "org.umbra.analytics..", "org.umbra.marketdata..", "org.umbra.ledger..", "org.umbra.export..", "org.umbra.alerts..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..", "atlantafx..")
                .allowEmptyShould(true);
        rule.check(classes);
    }

    @Test
    void onlyChartsImportsChartFx() {
        noClasses().that().resideOutsideOfPackage("org.umbra.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fair_acc..")
                .check(classes);
    }

    @Test
    void logicNeverReachesUpIntoTheApplicationOrUi() {
        noClasses().that().resideInAnyPackage("org.umbra.market..", "org.umbra.store..", "org.umbra.collect..", "org.umbra.analytics..",
                        "org.umbra.marketdata..", "org.umbra.ledger..", "org.umbra.export..", "org.umbra.alerts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.umbra.ui..", "org.umbra.app..", "org.umbra.charts..")
                .check(classes);
    }

    @Test
    void theStoreKnowsNothingOfTheLedger() {
        noClasses().that().resideInAPackage("org.umbra.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.umbra.ledger..", "org.umbra.export..")
                .check(classes);
    }

    @Test
    void analyticsStaysPure() {
        noClasses().that().resideInAPackage("org.umbra.analytics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.umbra.store..", "org.umbra.collect..", "org.umbra.marketdata..",
                        "java.sql..", "okhttp3..")
                .check(classes);
    }
}
