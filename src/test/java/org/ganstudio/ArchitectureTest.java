package org.ganstudio;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;

/**
 * The architecture of STYLE.md, checked on the compiled main classes (tests are free to reach across layers).
 *
 * <p>Layers, each allowed to use the ones below it (skipping is fine):
 * <pre>
 *   app                       composition root, may use everything
 *   cli        ui             front ends; neither knows the other
 *   imaging                   image files (PNG, grids, GIF) for both front ends, from plain pixels
 *   session                   the engine thread: the UI's only gateway to the engine
 *   engine     dataset        siblings that do not know each other
 *   model                     plain records, used by all
 * </pre>
 * Decisions beyond the plain picture:
 * <ul>
 *   <li>{@code ui} may use {@code dataset}: the Dataset tab drives the loader (progress, cancel, skip report) and
 *       shows its plain-Java results; the dataset layer holds no ND4J and no JavaFX, so nothing of the engine leaks
 *       in. {@code ui} may not use {@code engine}: training, sampling and checkpoints go through {@code session}.</li>
 *   <li>{@code engine.device} is a layer of its own under everything but {@code model}: it says which device to
 *       compute on and runs before ND4J loads (so it must not touch ND4J, checked below). The device picker in
 *       {@code ui} and the launcher need its plain values ({@code DevicePreference}).</li>
 *   <li>{@code cli} may use {@code engine} (bench measures the engine itself; sample reads a checkpoint), but it
 *       does not drive {@code GanTrainer}: training runs through the one loop in {@code session}.</li>
 * </ul>
 */
@AnalyzeClasses(packages = "org.ganstudio", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.ganstudio.";
    private static final String[] ND4J_FAMILY = {"org.nd4j..", "org.deeplearning4j..", "org.datavec..", "org.bytedeco.."};

    private static final DescribedPredicate<JavaClass> DEVICE = resideInAPackage(ROOT + "engine.device..");
    private static final DescribedPredicate<JavaClass> ENGINE = resideInAPackage(ROOT + "engine..")
            .and(not(DEVICE)).as("engine (without engine.device)");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringAllDependencies()
            .layer("App").definedBy(ROOT + "app..")
            .layer("Cli").definedBy(ROOT + "cli..")
            .layer("Ui").definedBy(ROOT + "ui..")
            .layer("Imaging").definedBy(ROOT + "imaging..")
            .layer("Session").definedBy(ROOT + "session..")
            .layer("Engine").definedBy(ENGINE)
            .layer("Dataset").definedBy(ROOT + "dataset..")
            .layer("Device").definedBy(DEVICE)
            .layer("Model").definedBy(ROOT + "model..")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Imaging").mayOnlyBeAccessedByLayers("Cli", "Ui", "App")
            .whereLayer("Session").mayOnlyBeAccessedByLayers("Cli", "Ui", "App")
            .whereLayer("Engine").mayOnlyBeAccessedByLayers("Session", "Cli", "App")
            .whereLayer("Dataset").mayOnlyBeAccessedByLayers("Session", "Cli", "Ui", "App")
            .whereLayer("Device").mayOnlyBeAccessedByLayers("Engine", "Session", "Cli", "Ui", "App")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Dataset", "Device", "Engine", "Session", "Imaging", "Cli", "Ui",
                    "App")
            // a new top-level package has to be placed in a layer here before it can be used
            .ensureAllClassesAreContainedInArchitecture();

    @ArchTest
    static final ArchRule cliTrainsThroughTheSession = noClasses().that().resideInAPackage(ROOT + "cli..")
            .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + "engine.GanTrainer")
            .because("the app and the CLI share the one training loop in session (issue 11)");

    @ArchTest
    static final ArchRule onlyTheAppAndTheUiUseJavaFx = noClasses()
            .that().resideInAnyPackage(ROOT + "model..", ROOT + "dataset..", ROOT + "engine..", ROOT + "session..",
                    ROOT + "imaging..", ROOT + "cli..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("everything below the UI runs and tests without a JavaFX toolkit");

    @ArchTest
    static final ArchRule nd4jStaysInTheEngine = noClasses()
            .that().resideInAnyPackage(ROOT + "model..", ROOT + "dataset..", ROOT + "session..", ROOT + "imaging..",
                    ROOT + "cli..", ROOT + "ui..")
            .should().dependOnClassesThat().resideInAnyPackage(ND4J_FAMILY)
            .because("ND4J objects belong to the engine thread; the rest sees primitive arrays and records");

    @ArchTest
    static final ArchRule deviceChoiceRunsBeforeNd4jLoads = noClasses().that(DEVICE)
            .should().dependOnClassesThat().resideInAnyPackage(ND4J_FAMILY)
            .because("ND4J fixes its backend the first time it loads, so the device is chosen without it");

    @ArchTest
    static final ArchRule viewModelsUseOnlyObservables = noClasses()
            .that().resideInAPackage(ROOT + "ui..").and().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat(resideInAPackage("javafx..")
                    .and(not(resideInAnyPackage("javafx.beans..", "javafx.collections..", "javafx.util.."))))
            .because("a ViewModel holds state as properties and observable lists and is tested without a toolkit:"
                    + " no scene graph, stage, Platform.runLater or Task (background work goes through BackgroundRunner)");

    /**
     * The classes of {@code ui} allowed to touch the scene graph: views, the window and toolbar, the JavaFX adapters
     * named {@code Fx...}, and three small widgets/seams of ui.common. Everything else there (ViewModels and the
     * plain data and helpers beside them) stays drawable-free, whatever its name.
     */
    private static final Set<String> SCENE_WIDGETS = Set.of("FittedRaster", "FolderChooser",
            "DirectoryChooserFolderChooser");

    private static final DescribedPredicate<JavaClass> DRAWS = DescribedPredicate.describe(
            "views, windows, toolbars, canvases, charts, Fx adapters and " + SCENE_WIDGETS, c -> {
                String top = topLevelSimpleName(c);
                return top.endsWith("View") || top.endsWith("Window") || top.endsWith("Toolbar") || top.startsWith("Fx")
                        || top.endsWith("Canvas") || top.endsWith("Chart") || SCENE_WIDGETS.contains(top);
            });

    @ArchTest
    static final ArchRule onlyViewsTouchTheSceneGraph = noClasses()
            .that().resideInAPackage(ROOT + "ui..").and(not(DRAWS))
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels and their plain data test without a toolkit");

    private static final DescribedPredicate<Slice> FEATURES = DescribedPredicate.describe("feature packages",
            s -> !Set.of("common", "lab").contains(s.getNamePart(1)));

    @ArchTest
    static final ArchRule uiFeaturesDoNotKnowEachOther = slices().matching(ROOT + "ui.(*)..").that(FEATURES)
            .should().notDependOnEachOther()
            .because("only ui.lab wires the features together (callbacks or small shared models)");

    @ArchTest
    static final ArchRule uiFeaturesDoNotReachUpToTheLab = noClasses()
            .that().resideInAPackage(ROOT + "ui..").and().resideOutsideOfPackage(ROOT + "ui.lab..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "ui.lab..")
            .because("ui.lab wires the features, not the other way round");

    @ArchTest
    static final ArchRule uiCommonKnowsNoFeature = noClasses().that().resideInAPackage(ROOT + "ui.common..")
            .should().dependOnClassesThat(resideInAPackage(ROOT + "ui..")
                    .and(not(resideInAPackage(ROOT + "ui.common.."))))
            .because("ui.common is shared by every feature");

    /** Between top-level packages (app, cli, ui, ...): mostly implied by the layers, but cheap and explicit. */
    @ArchTest
    static final ArchRule noCyclesBetweenTopLevelPackages = slices().matching(ROOT + "(*)..")
            .should().beFreeOfCycles();

    /**
     * Between every pair of packages, subpackages included (engine and engine.nn, ui.training and
     * ui.hyperparameters): a cycle means two packages that can only be understood, tested and changed together.
     */
    @ArchTest
    static final ArchRule noCyclesBetweenAnyPackages = slices().matching(ROOT + "(**)").should().beFreeOfCycles();

    private static String topLevelSimpleName(JavaClass c) {
        String name = c.getName();
        int dollar = name.indexOf('$');
        String top = dollar < 0 ? name : name.substring(0, dollar);
        return top.substring(top.lastIndexOf('.') + 1);
    }
}
