package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.ProgressChanges;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Requests;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The skill on an Echo Show: every turn also shows what is happening; a speaker gets the same speech, no screen. */
class ScreenConversationTest {

    private static final Catalogue CATALOGUE = CatalogueFile.standard();
    private static final String USER = "amzn1.ask.account.SCREEN";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private InMemoryProgressRepository progress;
    private Echo user;

    @BeforeEach
    void newSkill() {
        progress = new InMemoryProgressRepository();
        user = Echo.inProcess(CoachSkill.create(CATALOGUE, progress, null, new MutableClock(NOW)), USER).onScreenDevice();
    }

    private static JsonNode shown(Turn turn, String datasource) {
        assertThat(turn.screen().path("type").asText()).isEqualTo(Requests.RENDER_DOCUMENT);
        return turn.screen().path("datasources").path(datasource);
    }

    @Test
    void launch_shouldShowTheWorkoutScreen_suggestingAWorkout() {
        Turn welcome = user.say("launch");

        assertThat(welcome.screen().path("token").asText()).isEqualTo("mindmusclecoach.workout");
        assertThat(welcome.screen().path("document").path("type").asText()).isEqualTo("APL");
        assertThat(shown(welcome, "workout").path("exercise").asText()).isEqualTo("Which workout today?");
    }

    @Test
    void workout_shouldShowExerciseMuscleCounterCueAndTempo_asItGoes() {
        JsonNode briefing = shown(user.say("start-bicep-focus"), "workout");
        assertThat(briefing.path("exercise").asText()).isEqualTo("Biceps curls");
        assertThat(briefing.path("muscle").asText()).isEqualTo("Target: biceps");
        assertThat(briefing.path("counter").asText()).isEqualTo("Set 1 of 3 \u00b7 8 reps");
        assertThat(briefing.path("tempo").asText()).isEqualTo("2 s up \u00b7 1 s squeeze \u00b7 3 s down");

        assertThat(shown(user.say("slower"), "workout").path("tempo").asText()).isEqualTo("3 s up \u00b7 1 s squeeze \u00b7 4 s down");
        assertThat(shown(user.say("ready"), "workout").path("hint").asText()).isEqualTo("How strongly did you feel your biceps? Say 1 to 5");
        JsonNode resting = shown(user.say("rate-4"), "workout");
        assertThat(resting.path("counter").asText()).isEqualTo("Next: set 2 of 3 \u00b7 8 reps");
        assertThat(resting.path("cue").asText()).isEqualTo(CATALOGUE.exercise("biceps_curl").orElseThrow().rest());
        assertThat(shown(user.say("pause"), "workout").path("hint").asText()).startsWith("Paused");
    }

    @Test
    void rating_shouldShowTheRestCountingDownOnTheDevice_fromTheRestsSeconds() {
        user.say("start-bicep-focus");
        user.say("ready");
        Turn rest = user.say("rate-4");

        JsonNode shown = shown(rest, "workout");
        assertThat(shown.path("restSeconds").asInt()).isEqualTo(60);
        assertThat(shown.path("restCue").asText()).isEqualTo(CATALOGUE.exercise("biceps_curl").orElseThrow().movement().start());
        assertThat(shown.path("exercise").asText()).isEqualTo("Biceps curls");
        JsonNode countdown = countdown(rest.screen().path("document"));
        assertThat(countdown.path("when").asText()).isEqualTo("${payload.workout.restSeconds > 0}");
        assertThat(countdown.path("bind").get(0).path("value").asText())
                .isEqualTo("${Math.max(0, payload.workout.restSeconds - Math.floor(elapsedTime / 1000))}");
        assertThat(countdown.path("text").asText()).contains("'Rest '", "'Get ready'");
        assertThat(rest.hasSpeech()).as("the rest is spoken while the screen counts").isTrue();

        assertThat(shown(user.say("ready"), "workout").path("restSeconds").asInt()).as("the next set: no countdown").isZero();
        user.say("rest-90");
        assertThat(shown(user.say("rate-5"), "workout").path("restSeconds").asInt()).isEqualTo(90);
    }

    /** The component of {@code document} that counts the rest down: the one binding {@code restLeft}. */
    private static JsonNode countdown(JsonNode document) {
        List<JsonNode> found = new ArrayList<>();
        document.path("mainTemplate").findParents("bind").forEach(parent -> parent.path("bind").forEach(b -> {
            if (b.path("name").asText().equals("restLeft")) {
                found.add(parent);
            }
        }));
        assertThat(found).as("one countdown in the document").hasSize(1);
        return found.get(0);
    }

    @Test
    void goodbye_shouldLeaveTheScreenAlone_butAFinishedWorkoutIsSummedUp() {
        user.say("start-bicep-focus");
        user.say("ready");
        assertThat(user.say("stop").screen().isMissingNode()).isTrue();

        Turn turn = user.say("start-bicep-focus");
        while (!turn.ends()) {
            turn = user.say(turn.workout().path("phase").asText().equals("RATING") ? "rate-5" : "ready");
        }

        assertThat(shown(turn, "workout").path("exercise").asText()).isEqualTo("Workout complete");
        assertThat(shown(turn, "workout").path("cue").asText()).isEqualTo("Average connection 5.0 out of 5");
    }

    @Test
    void progress_shouldShowTheStreakAndTheRatingChart() {
        progress.put(USER, history(20, LocalDate.of(2026, 11, 25)), 0);

        Turn report = user.say("progress");

        assertThat(report.screen().path("token").asText()).isEqualTo("mindmusclecoach.progress");
        JsonNode shown = shown(report, "progress");
        assertThat(shown.path("streak").asText()).isEqualTo("20-day streak");
        assertThat(shown.path("bars").size()).isEqualTo(14);
        assertThat(shown.path("bars").get(13).path("label").asText()).isEqualTo("25");
        assertThat(report.ends()).isFalse();
    }

    @Test
    void sameConversation_shouldCarryNoDirective_onADeviceWithoutAScreen() {
        Echo speaker = Echo.inProcess(CoachSkill.create(CATALOGUE, progress, null, new MutableClock(NOW)), USER);

        for (String fixture : List.of("launch", "start-bicep-focus", "ready", "rate-4", "progress", "help", "pause", "stop")) {
            Turn turn = speaker.say(fixture);
            assertThat(turn.envelope().path("response").path("directives").size()).as(fixture).isZero();
        }
    }

    /**
     * The biggest responses the skill sends: a set of twenty reps at the slowest tempo with full cues, and a
     * rating with a rest and the next exercise's introduction, for a user with a long id, a year of training and
     * a big unfinished workout travelling in the session, on a screen, for every workout and exercise.
     * Each turn is checked against the 24 KB limit by {@link ResponseRules}; the largest also keeps a margin.
     */
    @Test
    void biggestTurns_shouldStayWithinTheResponseLimit_withAScreen_forEveryWorkoutAndExercise() {
        String longUser = "amzn1.ask.account." + "AMAXQ7Z3K2VBTYN5JHR4WLCPD6EGFSU".repeat(7);
        List<String> workouts = Stream.concat(CATALOGUE.routines().stream().map(Routine::id),
                CATALOGUE.exercises().stream().map(e -> e.id())).toList();
        int largest = 0;

        for (String workout : workouts) {
            InMemoryProgressRepository store = new InMemoryProgressRepository();
            store.put(longUser, history(365, LocalDate.of(2026, 11, 24)), 0);
            Echo heavy = Echo.inProcess(CoachSkill.create(CATALOGUE, store, null, new MutableClock(NOW)), longUser)
                    .onScreenDevice();
            heavy.send(start(workout));
            heavy.send(reps(WorkoutStateMachine.MAX_REPS));
            heavy.say("slower");
            heavy.say("slower");
            Turn turn = heavy.say("ready");
            while (!turn.ends()) {
                largest = Math.max(largest, turn.bytes());
                assertThat(turn.screen().isMissingNode()).as("a screen on every turn of " + workout).isFalse();
                turn = heavy.say(turn.workout().path("phase").asText().equals("RATING") ? "rate-3" : "ready");
            }
        }

        assertThat(largest).as("largest response, bytes").isLessThanOrEqualTo(ResponseRules.MAX_RESPONSE_BYTES - 2048);
    }

    private static ObjectNode start(String id) {
        String name = CATALOGUE.routine(id).orElseThrow().name();
        return Requests.withResolvedSlot(Requests.fixture("start-bicep-focus"), "workout", name, id);
    }

    private static ObjectNode reps(int reps) {
        return Requests.withSlotValue(Requests.fixture("reps-10"), "reps", Integer.toString(reps));
    }

    /** {@code days} days of training up to {@code lastDay}, every routine in turn, every set rated, and a big unfinished workout. */
    private static UserProgress history(int days, LocalDate lastDay) {
        List<Routine> routines = CATALOGUE.routines().stream().sorted(java.util.Comparator.comparing(Routine::id)).toList();
        List<ProgressChange> changes = new ArrayList<>();
        for (int d = days - 1; d >= 0; d--) {
            LocalDate day = lastDay.minusDays(d);
            Routine routine = routines.get(d % routines.size());
            changes.add(new ProgressChange.WorkoutStarted(routine.id()));
            int set = 0;
            for (RoutineStep step : routine.steps()) {
                for (int s = 0; s < step.sets(); s++, set++) {
                    changes.add(ProgressChanges.setDone(step.exercise(), step.reps(), day));
                    changes.add(new ProgressChange.RatingGiven(step.exercise().muscle(), 1 + (d + set) % 5, day));
                }
            }
            changes.add(new ProgressChange.WorkoutDone(day));
        }
        Routine fullBody = CATALOGUE.routine("full_body").orElseThrow();
        List<CompletedSet> done = new ArrayList<>();
        for (RoutineStep step : fullBody.steps()) {
            for (int s = 1; s <= step.sets(); s++) {
                done.add(new CompletedSet(step.exercise().id(), s, step.reps(), 4));
            }
        }
        done.remove(done.size() - 1);
        RoutineStep last = fullBody.steps().get(fullBody.steps().size() - 1);
        changes.add(new ProgressChange.Unfinished(new WorkoutSession(Phase.RESTING, null, "full_body",
                fullBody.steps().size() - 1, last.sets(), Preferences.DEFAULT, done)));
        return UserProgress.NONE.applyAll(changes);
    }
}
