package com.mindmusclecoach.local;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coach as a separate JVM on a data folder of its own: killed with {@code kill -9} and started again, two at once
 * on one folder, and an engine that cannot start. Every engine these tests leave is stopped after each test.
 */
class CoachEngineProcessTest {

    private static final Duration GENEROUS = Duration.ofSeconds(90);
    private static final String STRANGER = "You haven't trained with me yet";

    @TempDir
    Path temp;
    private final List<CoachProcess> started = new ArrayList<>();
    private int runs;

    @AfterEach
    void leaveNothingRunning() throws Exception {
        for (CoachProcess coach : started) {
            coach.close();
        }
        Path folder = temp.resolve("dynamodb").toAbsolutePath().normalize();
        List<ProcessHandle> left = ProcessHandle.allProcesses().filter(p -> EngineOwnership.isEngineFor(p, folder)).toList();
        left.forEach(ProcessHandle::destroyForcibly);
        assertThat(left).as("dynalite processes left on the test's folder").isEmpty();
    }

    private CoachProcess coach(Map<String, String> env, Class<?> main, String... args) throws Exception {
        CoachProcess coach = CoachProcess.start(temp.resolve("run-" + (++runs) + ".txt"), env, main, args);
        started.add(coach);
        return coach;
    }

    private CoachProcess coach(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data", temp.resolve("dynamodb").toString()));
        all.addAll(List.of(args));
        return coach(Map.of(), ChatMain.class, all.toArray(String[]::new));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** No {@code node} on the PATH: the engine cannot start. */
    private Map<String, String> withoutNode() throws Exception {
        return Map.of("PATH", Files.createDirectories(temp.resolve("empty-bin")).toString());
    }

    @Test
    void coachKilledHard_shouldLeaveNoOrphanInTheWay_andTheReturningUserIsRemembered() throws Exception {
        CoachProcess first = coach().type("start squats\nready\nfour\n").await("coach> A four.", GENEROUS);
        long engine = EngineOwnership.read(EngineOwnership.ownerFile(temp.resolve("dynamodb"))).enginePid();
        first.killHard();
        assertThat(alive(engine)).as("the engine outlived its coach").isTrue();

        Instant start = Instant.now();
        CoachProcess second = coach().typeLast("how am i doing\nquit\n");
        int status = second.exitCode(GENEROUS);
        Duration took = Duration.between(start, Instant.now());

        assertThat(status).as(second.output()).isZero();
        assertThat(second.output())
                .contains("(stopping the DynamoDB engine, pid " + engine + ", that an earlier coach left running on")
                .contains("coach> Welcome back.")
                .contains("Your most trained exercise is squats: one set and ten reps.")
                .doesNotContain(STRANGER)
                .doesNotContain("in memory");
        assertThat(alive(engine)).as("the orphan was stopped").isFalse();
        assertThat(took).as("no wait for the orphan to let go (it used to be 30 s)").isLessThan(Duration.ofSeconds(25));
    }

    @Test
    void secondCoachOnTheSameFolder_shouldSaySoAndStop_leavingTheFirstOneSaving() throws Exception {
        CoachProcess first = coach().await("(progress: kept in", GENEROUS);
        long engine = EngineOwnership.read(EngineOwnership.ownerFile(temp.resolve("dynamodb"))).enginePid();

        CoachProcess second = coach().typeLast("start squats\nready\nfour\nquit\n");
        assertThat(second.exitCode(GENEROUS)).isEqualTo(LocalStorage.CANNOT_KEEP_PROGRESS);
        assertThat(second.output())
                .contains("is in use by another running coach (pid " + first.pid() + ")")
                .contains("--memory")
                .doesNotContain("coach>");
        assertThat(alive(engine)).as("the first coach's engine").isTrue();

        first.typeLast("start squats\nready\nfour\nquit\n");
        assertThat(first.exitCode(GENEROUS)).isZero();
        CoachProcess third = coach().typeLast("how am i doing\nquit\n");
        assertThat(third.exitCode(GENEROUS)).isZero();
        assertThat(third.output()).contains("Your most trained exercise is squats: one set and ten reps.");
    }

    @Test
    void engineCannotStart_shouldExitNonZeroWithTheFix_notCoachInMemory() throws Exception {
        CoachProcess coach = coach(withoutNode(), ChatMain.class, "--data", temp.resolve("dynamodb").toString())
                .typeLast("start squats\nready\nfour\nquit\n");

        assertThat(coach.exitCode(GENEROUS)).isEqualTo(LocalStorage.CANNOT_KEEP_PROGRESS);
        assertThat(coach.output())
                .contains("Cannot keep progress: cannot start the DynamoDB engine, which runs on Node.js")
                .contains("To fix it: install Node.js 18 or later")
                .contains("Or add --memory")
                .doesNotContain("coach>");
    }

    @Test
    void dataFolderIsAFile_shouldExitNonZeroWithTheFix() throws Exception {
        Files.writeString(temp.resolve("dynamodb"), "not a folder");

        CoachProcess coach = coach().typeLast("quit\n");

        assertThat(coach.exitCode(GENEROUS)).isEqualTo(LocalStorage.CANNOT_KEEP_PROGRESS);
        assertThat(coach.output()).contains("is not a folder, so progress cannot be kept there")
                .contains("choose another folder with --data DIR").doesNotContain("coach>");
    }

    @Test
    void memoryAskedFor_shouldCoachWithoutTheEngine() throws Exception {
        CoachProcess coach = coach(withoutNode(), ChatMain.class, "--memory").typeLast("start squats\nready\nfour\nquit\n");

        assertThat(coach.exitCode(GENEROUS)).isZero();
        assertThat(coach.output()).contains("(progress: in memory, for this run only)").contains("coach> A four.");
    }

    @Test
    void serveWhenTheEngineCannotStart_shouldExitNonZeroWithTheFix() throws Exception {
        CoachProcess serve = coach(withoutNode(), ServeMain.class, "--port", "0", "--data", temp.resolve("dynamodb").toString());

        assertThat(serve.exitCode(GENEROUS)).isEqualTo(LocalStorage.CANNOT_KEEP_PROGRESS);
        assertThat(serve.output()).contains("To fix it: install Node.js 18 or later").contains("Or add --memory")
                .doesNotContain("serving on");
    }
}
