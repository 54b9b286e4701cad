package app.parley.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The dependency rules of DEVELOPERS.md: each package may use only those above it in the list. */
@AnalyzeClasses(packages = "app.parley", importOptions = ImportOption.DoNotIncludeTests.class)
class DependencyRulesTest {

    @ArchTest
    static final ArchRule layersPointDownTheList = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("app.parley.model..")
            .layer("io").definedBy("app.parley.io..")
            .layer("graph").definedBy("app.parley.graph..")
            .layer("assist").definedBy("app.parley.assist..")
            .layer("layout").definedBy("app.parley.layout..")
            .layer("render").definedBy("app.parley.render..")
            .layer("session").definedBy("app.parley.session..")
            .layer("ui").definedBy("app.parley.ui..")
            .layer("cli").definedBy("app.parley.cli..")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("ui").mayNotBeAccessedByAnyLayer()
            .whereLayer("session").mayOnlyBeAccessedByLayers("ui", "cli")
            .whereLayer("render").mayOnlyBeAccessedByLayers("session", "ui", "cli")
            .whereLayer("layout").mayOnlyBeAccessedByLayers("render", "session", "ui", "cli")
            .whereLayer("assist").mayOnlyBeAccessedByLayers("layout", "render", "session", "ui", "cli")
            .whereLayer("graph").mayOnlyBeAccessedByLayers("assist", "layout", "render", "session", "ui", "cli")
            .whereLayer("io").mayOnlyBeAccessedByLayers("graph", "assist", "layout", "render", "session", "ui", "cli")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule modelUsesOnlyJava = noClasses().that().resideInAPackage("app.parley.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "app.parley.model..");

    @ArchTest
    static final ArchRule noJavaFxBelowRender = noClasses()
            .that().resideInAnyPackage("app.parley.model..", "app.parley.io..", "app.parley.graph..",
                    "app.parley.assist..", "app.parley.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule sessionUsesNoJavaFx = noClasses().that().resideInAPackage("app.parley.session..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
            .because("the session layer is shared by the window and the command line and is tested without a toolkit");

    @ArchTest
    static final ArchRule javaFxInRenderOnlyInItsFxSurface = noClasses()
            .that().resideInAPackage("app.parley.render..").and().resideOutsideOfPackage("app.parley.render.fx..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule renderPartsPointDownByJob = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("scene").definedBy("app.parley.render.scene..")
            .layer("raster").definedBy("app.parley.render.raster..")
            .layer("paint").definedBy("app.parley.render.paint..")
            .layer("export").definedBy("app.parley.render.export..")
            .layer("story").definedBy("app.parley.render.story..")
            .layer("surfaces").definedBy("app.parley.render.fx..", "app.parley.render.html..")
            .whereLayer("surfaces").mayNotBeAccessedByAnyLayer()
            .whereLayer("story").mayOnlyBeAccessedByLayers("surfaces")
            .whereLayer("export").mayOnlyBeAccessedByLayers("surfaces")
            .whereLayer("paint").mayOnlyBeAccessedByLayers("export", "story", "surfaces")
            .whereLayer("raster").mayOnlyBeAccessedByLayers("paint", "export", "story", "surfaces")
            .whereLayer("scene").mayOnlyBeAccessedByLayers("raster", "paint", "export", "story", "surfaces")
            .because("what to draw (scene) knows nothing of how it is painted, and the one painter knows nothing of "
                    + "the exports and slides built on it");

    @ArchTest
    static final ArchRule cliNeverOpensWindows = noClasses().that().resideInAPackage("app.parley.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("app.parley.ui..", "javafx.scene.control..",
                    "javafx.stage..");
}
