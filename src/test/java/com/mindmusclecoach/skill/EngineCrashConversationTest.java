package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.local.DynaliteEngine;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.progress.dynamodb.DynamoDbProgressRepository;
import com.mindmusclecoach.progress.dynamodb.ProgressTable;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local engine killed ({@code kill -9}) in the middle of a conversation: the supervisor starts it again on the
 * same port, the client the skill holds keeps working, and the changes the session kept while it was down are
 * saved by the next save. The restart is held back for {@link #DOWN} so the turns in between meet a dead engine
 * for certain (each test checks it did).
 */
class EngineCrashConversationTest {

    private static final Duration DOWN = Duration.ofSeconds(10);
    private static final String TABLE = "progress";

    @TempDir
    Path temp;
    private DynaliteEngine engine;
    private CountingProgressRepository storage;
    private Echo user;
    private String userId;

    @BeforeEach
    void engineOnAFolder() {
        engine = DynaliteEngine.start(DynaliteEngine.DEFAULT_HOME, temp.resolve("dynamodb"), DOWN);
        ProgressTable.createIfMissing(engine.client(), TABLE);
        storage = new CountingProgressRepository(new DynamoDbProgressRepository(engine.client(), TABLE, Clock.systemUTC()));
        userId = "amzn1.ask.account." + UUID.randomUUID();
        user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null), userId);
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void engineKilledMidWorkout_shouldComeBack_andSaveWhatThisSessionKept() throws Exception {
        user.say("start-squat-focus");
        user.say("ready");
        user.say("rate-4");
        assertThat(squats().sets()).isEqualTo(1);

        killEngine();
        user.say("ready");
        Turn whileDown = user.say("rate-5");
        assertThat(engine.restarts()).as("set two was rated while the engine was down").isZero();
        assertThat(whileDown.speech()).as("the workout goes on; saving is retried later").endsWith("set three?")
                .doesNotContain("couldn't save");

        awaitRestart();
        assertThat(squats().sets()).as("what was saved before the crash is still there").isEqualTo(1);
        user.say("ready");
        user.say("rate-4");
        UserProgress afterRestart = stored();
        assertThat(afterRestart.totals().get("squat")).as("set two, kept by the session, saved with set three")
                .satisfies(squat -> {
                    assertThat(squat.sets()).isEqualTo(3);
                    assertThat(squat.reps()).isEqualTo(30);
                });
        assertThat(afterRestart.days().get(0).ratings().values().iterator().next().count()).isEqualTo(3);

        Turn bye = user.say("stop");
        assertThat(bye.speech()).doesNotContain("couldn't save");
        assertThat(stored().setsCompleted()).isEqualTo(3);
    }

    @Test
    void engineDownAtGoodbye_shouldTellTheUser_andKeepWhatWasSaved() throws Exception {
        user.say("start-squat-focus");
        user.say("ready");
        user.say("rate-4");
        assertThat(squats().sets()).isEqualTo(1);

        killEngine();
        user.say("ready");
        user.say("rate-5");
        Turn bye = user.say("stop");
        assertThat(engine.restarts()).as("the goodbye came while the engine was down").isZero();

        assertThat(bye.speech()).endsWith("I couldn't save today's progress just now, sorry.");
        awaitRestart();
        assertThat(squats().sets()).isEqualTo(1);
        assertThat(user.say("launch").speech()).startsWith("Welcome back.");
    }

    private void killEngine() throws Exception {
        ProcessHandle child = ProcessHandle.of(engine.pid()).orElseThrow();
        assertThat(child.destroyForcibly()).isTrue();
        child.onExit().get(10, TimeUnit.SECONDS);
    }

    private void awaitRestart() throws InterruptedException {
        Instant deadline = Instant.now().plus(DOWN).plusSeconds(60);
        while (engine.restarts() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(engine.restarts()).as("the engine was restarted").isEqualTo(1);
    }

    private UserProgress stored() {
        return storage.find(userId).map(StoredProgress::progress).orElseThrow();
    }

    private com.mindmusclecoach.progress.ExerciseTotals squats() {
        return stored().totals().get("squat");
    }
}
