package com.mindmusclecoach.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Which package may use which, checked on the compiled classes (so a fully qualified name inline counts as much as an
 * import). The domain ({@code workout}, {@code progress}) and what it says ({@code speech}) know nothing of Alexa, AWS
 * or JSON (the catalogue's file is read by {@code catalogue.CatalogueFile}); only {@code Apl} in {@code screens} knows the ASK SDK; AWS is used in {@code progress.dynamodb} and at the
 * Lambda's edge only; the local coach ({@code local}) is never reached from the Lambda's path.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.mindmusclecoach");

    private static final String[] JDK = {"java..", "javax.annotation.."};

    @Test
    void workout_shouldUseNothingButTheJdk() {
        check(classes().that().resideInAPackage("com.mindmusclecoach.workout..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        with(JDK, "com.mindmusclecoach.workout..")));
    }

    @Test
    void catalogueFile_shouldBeTheOnlyReaderOfTheCataloguesJson() {
        check(classes().that().resideInAPackage("com.mindmusclecoach.catalogue..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        with(JDK, "com.mindmusclecoach.catalogue..", "com.mindmusclecoach.workout..",
                                "com.fasterxml.jackson..")));
    }

    @Test
    void observability_shouldUseOnlyTheJdkAndJacksonsGenerator() {
        check(classes().that().resideInAPackage("com.mindmusclecoach.observability..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        with(JDK, "com.mindmusclecoach.observability..", "com.fasterxml.jackson.core..")));
    }

    @Test
    void progress_shouldUseOnlyTheWorkoutAndTheJdk() {
        check(classes().that().resideInAPackage("com.mindmusclecoach.progress")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        with(JDK, "com.mindmusclecoach.progress", "com.mindmusclecoach.workout..")));
    }

    @Test
    void speech_shouldUseOnlyTheDomainAndTheJdk() {
        check(classes().that().resideInAPackage("com.mindmusclecoach.speech..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        with(JDK, "com.mindmusclecoach.speech..", "com.mindmusclecoach.progress",
                                "com.mindmusclecoach.workout..")));
    }

    @Test
    void screens_shouldKnowTheAskSdkOnlyInApl() {
        check(noClasses().that().resideInAPackage("com.mindmusclecoach.screens..")
                .and().doNotHaveSimpleName("Apl")
                .should().dependOnClassesThat().resideInAnyPackage("com.amazon..", "software.amazon.."));
    }

    @Test
    void awsSdk_shouldBeUsedOnlyByTheDynamoDbStoreAndTheLambdasEdge() {
        check(noClasses().that().resideOutsideOfPackages("com.mindmusclecoach.progress.dynamodb..",
                        "com.mindmusclecoach.local..")
                .and().doNotHaveSimpleName("CoachStreamHandler")
                .should().dependOnClassesThat().resideInAPackage("software.amazon.awssdk.."));
    }

    @Test
    void dynamoDbStore_shouldKnowNothingOfTheSkillOrAlexa() {
        check(noClasses().that().resideInAPackage("com.mindmusclecoach.progress.dynamodb..")
                .should().dependOnClassesThat().resideInAnyPackage("com.amazon.ask..", "com.mindmusclecoach.skill..",
                        "com.mindmusclecoach.speech..", "com.mindmusclecoach.screens.."));
    }

    @Test
    void localCoach_shouldNeverBeReachedFromTheLambdasPath() {
        check(noClasses().that().resideOutsideOfPackage("com.mindmusclecoach.local..")
                .should().dependOnClassesThat().resideInAPackage("com.mindmusclecoach.local.."));
    }

    @Test
    void domain_shouldNotReachUpIntoTheSkill() {
        check(noClasses().that().resideInAnyPackage("com.mindmusclecoach.workout..", "com.mindmusclecoach.progress..",
                        "com.mindmusclecoach.speech..", "com.mindmusclecoach.screens..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mindmusclecoach.skill..",
                        "com.mindmusclecoach.local.."));
    }

    /**
     * The log lines (issue 16) stand alone: the JDK (HMAC from javax.crypto), Jackson for the JSON and the slf4j API
     * they back; nothing of the skill, AWS or Log4j, so any package may log without a cycle.
     */
    @Test
    void logging_shouldUseOnlyTheJdkJacksonAndSlf4j() {
        check(classes().that().resideInAPackage("com.mindmusclecoach.logging..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        with(JDK, "javax.crypto..", "com.mindmusclecoach.logging..", "com.fasterxml.jackson..",
                                "org.slf4j..")));
    }

    @Test
    void packages_shouldBeFreeOfCycles() {
        check(slices().matching("com.mindmusclecoach.(*)..").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        rule.check(MAIN);
    }

    private static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
