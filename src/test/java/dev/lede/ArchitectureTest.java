package dev.lede;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.lede.model.FileReadingModelFixture;
import dev.lede.tui.StateWritingViewFixture;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the explorer one state with pure views: a view only reads the state, and the model does
 * no file I/O and knows nothing of the terminal or SSH. Each rule is also shown to catch a class that breaks it.
 */
class ArchitectureTest {

    private static final JavaClasses LEDE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lede");

    /** Whatever draws (a class with a draw method in the UI): a pane, an overlay, the status bar. */
    private static final DescribedPredicate<JavaClass> DRAWS = DescribedPredicate.describe("draw the screen",
            c -> c.getPackageName().equals("dev.lede.tui") && c.getMethods().stream().anyMatch(m -> m.getName().equals("draw")));

    /**
     * A change to the state or the shared library: a model method that returns nothing (every one changes
     * something), the update function, or asking the library for its search index (which starts building it).
     */
    private static final DescribedPredicate<JavaMethodCall> WRITES_STATE = DescribedPredicate.describe("change the state or the library",
            call -> isModel(call) && (call.getTarget().getRawReturnType().isEquivalentTo(void.class)
                    || call.getTargetOwner().getSimpleName().equals("Update")
                    || call.getName().equals("textSearch")));

    private static final ArchRule VIEWS_ONLY_READ = noClasses().that(DRAWS)
            .should().callMethodWhere(WRITES_STATE)
            .orShould().setFieldWhere(DescribedPredicate.describe("a model field", ArchitectureTest::isModel))
            .because("a view draws from the state it is given; the layout reaches the model as a message before drawing");

    private static final ArchRule MODEL_DOES_NO_FILE_IO = noClasses().that().resideInAPackage("dev.lede.model..")
            .should().dependOnClassesThat().resideInAPackage("java.nio.file..")
            .orShould().dependOnClassesThat(DescribedPredicate.describe("are java.io file APIs",
                    c -> c.getPackageName().equals("java.io") && (c.getSimpleName().startsWith("File") || c.getSimpleName().equals("RandomAccessFile"))))
            .orShould().callMethodWhere(DescribedPredicate.describe("read the environment",
                    call -> call.getTargetOwner().isEquivalentTo(System.class) && call.getName().matches("getProperty|getenv")))
            .because("files, the home folder and the environment reach the model through messages and its Setup; effects are carried out by the app");

    private static final ArchRule MODEL_KNOWS_NO_UI = noClasses().that().resideInAPackage("dev.lede.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.lede.tui..", "dev.lede.ssh..", "com.googlecode.lanterna..")
            .because("the model is the same for a local terminal, an SSH session and a test");

    @Test
    void viewsOnlyReadTheState() {
        VIEWS_ONLY_READ.check(LEDE);
    }

    @Test
    void theModelDoesNoFileIo() {
        MODEL_DOES_NO_FILE_IO.check(LEDE);
    }

    @Test
    void theModelKnowsNothingOfTheTerminalOrSsh() {
        MODEL_KNOWS_NO_UI.check(LEDE);
    }

    @Test
    void eachRuleCatchesAClassThatBreaksIt() {
        JavaClasses view = new ClassFileImporter().importClasses(StateWritingViewFixture.class);
        JavaClasses model = new ClassFileImporter().importClasses(FileReadingModelFixture.class);
        assertThat(VIEWS_ONLY_READ.evaluate(view).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("Library.prioritize"))
                .anyMatch(line -> line.contains("Update.update"));
        assertThat(MODEL_DOES_NO_FILE_IO.evaluate(model).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("java.nio.file.Files"))
                .anyMatch(line -> line.contains("java.io.FileReader"))
                .anyMatch(line -> line.contains("System.getProperty"));
        assertThat(MODEL_KNOWS_NO_UI.evaluate(model).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("dev.lede.tui.Settings"));
    }

    private static boolean isModel(JavaAccess<?> access) {
        return access.getTargetOwner().getPackageName().startsWith("dev.lede.model");
    }
}
