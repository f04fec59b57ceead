package com.mindmusclecoach.skill;

import com.mindmusclecoach.catalogue.CatalogueFile;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.testkit.Echo;
import com.mindmusclecoach.testkit.Turn;
import com.mindmusclecoach.workout.Catalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan for the week: a weekly goal, "what should I train today", and the week in "how am I doing" (issue 13, item 3). */
class WeekPlanConversationTest {

    private static final String USER = "amzn1.ask.account.PLANNING";
    /** A Monday. */
    private static final Instant MONDAY = Instant.parse("2026-11-02T07:00:00Z");
    private static final LocalDate MONDAY_DATE = LocalDate.of(2026, 11, 2);

    private CountingProgressRepository storage;
    private MutableClock clock;
    private Echo user;

    @BeforeEach
    void newSkill() {
        storage = new CountingProgressRepository();
        clock = new MutableClock(MONDAY);
        user = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null, clock), USER);
    }

    private void finish(String workout) {
        Turn turn = user.say(workout);
        while (!turn.ends()) {
            turn = user.say(turn.workout().path("phase").asText().equals("RATING") ? "rate-4" : "ready");
        }
    }

    private UserProgress stored() {
        return storage.stored(USER);
    }

    @Test
    void weeklyGoal_shouldBeKeptAndCountedAcrossTheDaysOfAWeek_andStartAgainOnMonday() {
        user.say("launch");
        Turn set = user.say("weekly-goal-3");
        assertThat(set.speech()).startsWith("Done: your goal is three workouts a week. None yet this week, and seven days"
                + " to go. Which workout").endsWith("?");
        assertThat(set.ends()).isFalse();
        user.say("stop");
        assertThat(stored().weeklyGoal()).as("saved as the session ended").isEqualTo(3);

        finish("start-bicep-focus");
        clock.advance(Duration.ofDays(2));
        assertThat(user.say("progress").speech()).contains("Against your goal of three, that's two to go, with five days left.");
        user.say("stop");

        finish("start-leg-day");
        clock.advance(Duration.ofDays(1));
        finish("start-push-up-focus");
        assertThat(user.say("progress").speech()).contains("That meets your goal of three this week. Well done.");
        user.say("stop");

        clock.advance(Duration.ofDays(4));
        Turn nextWeek = user.say("progress");
        assertThat(nextWeek.speech()).contains("none yet this week")
                .contains("Against your goal of three, that's three to go, with seven days left.");
        assertThat(stored().weeklyGoal()).isEqualTo(3);
    }

    @Test
    void absurdGoal_shouldGetASpokenWayForward_andChangeNothing() {
        user.say("launch");
        user.say("weekly-goal-3");
        user.say("stop");

        user.say("launch");
        Turn hundred = user.say("weekly-goal-100");
        assertThat(hundred.speech()).startsWith("100 workouts a week is more than one a day, and muscles grow while they rest.")
                .contains("I can set a goal of one to seven workouts: say, for example, set my weekly goal to three.")
                .endsWith("?");
        assertThat(hundred.speech().chars().filter(c -> c == '?').count()).as("one question").isEqualTo(1);
        assertThat(hundred.ends()).isFalse();
        assertThat(user.say("weekly-goal-0").speech()).startsWith("A goal needs at least one workout a week.");
        assertThat(user.say("weekly-goal-unheard").speech()).startsWith("I can set a goal of one to seven workouts");
        user.say("stop");

        assertThat(stored().weeklyGoal()).as("the goal set before stays").isEqualTo(3);
    }

    @Test
    void whatShouldITrainToday_shouldSuggestTheLeastTrainedMuscles_leavingOutWhatHurt_andCountTheGoal() {
        List<ProgressChange> history = new ArrayList<>(List.of(new ProgressChange.WeeklyGoalSet(3)));
        // Last week's back work is outside the seven days; this week: arms Monday, legs Tuesday, chest Wednesday.
        history.add(new ProgressChange.SetDone("bent_over_row", 8, MONDAY_DATE.minusDays(5)));
        history.addAll(workout("biceps_curl", MONDAY_DATE));
        history.addAll(workout("squat", MONDAY_DATE.plusDays(1)));
        history.add(new ProgressChange.SetDone("push_up", 8, MONDAY_DATE.plusDays(2)));
        storage.put(USER, UserProgress.NONE.applyAll(history), 0);
        clock.advance(Duration.ofDays(3));

        Turn thursday = user.say("what-should-i-train");
        assertThat(thursday.speech()).startsWith("Your back hasn't had a set this week, so try back focus."
                + " It would be workout three of your three this week. Which workout").endsWith("?");

        storage.put(USER, stored().apply(new ProgressChange.PainReported("back", null, MONDAY_DATE.plusDays(2))), 1);
        Echo later = Echo.inProcess(CoachSkill.create(CatalogueFile.standard(), storage, null, clock), USER);
        assertThat(later.say("what-should-i-train").speech()).startsWith("Your shoulders haven't had a set this week,"
                + " so try shoulder focus. I've left out back work, since something there hurt this week.");
    }

    @Test
    void whatShouldITrainToday_mustNotSuggestWhatWasTrainedMost() {
        List<ProgressChange> history = new ArrayList<>();
        for (String exercise : List.of("push_up", "bent_over_row", "shoulder_press", "squat", "crunch")) {
            history.addAll(workout(exercise, MONDAY_DATE));
        }
        history.add(new ProgressChange.SetDone("biceps_curl", 8, MONDAY_DATE));
        storage.put(USER, UserProgress.NONE.applyAll(history), 0);

        assertThat(user.say("what-should-i-train").speech()).startsWith("Your arms have had the fewest sets this week,"
                + " so try arm day.");
    }

    @Test
    void returningLaunch_shouldAddTheSuggestionInOneSentence_withinTheWelcomeBudget() {
        List<ProgressChange> history = new ArrayList<>(List.of(new ProgressChange.WorkoutStarted("leg_day")));
        history.addAll(workout("squat", MONDAY_DATE.minusDays(1)));
        storage.put(USER, UserProgress.NONE.applyAll(history), 0);

        Turn welcome = user.say("launch");

        assertThat(welcome.speech()).isEqualTo("Welcome back. Your arms are due. How about arm day today?");
        assertThat(WelcomeLengthTest.seconds(welcome.ssml())).isLessThan(8);
    }

    @Test
    void yesAfterWhatShouldITrainToday_shouldStartTheSuggestedWorkout() {
        List<ProgressChange> history = new ArrayList<>();
        for (String exercise : List.of("push_up", "bent_over_row", "shoulder_press", "squat", "crunch")) {
            history.addAll(workout(exercise, MONDAY_DATE));
        }
        storage.put(USER, UserProgress.NONE.applyAll(history), 0);

        assertThat(user.say("what-should-i-train").speech()).contains("so try arm day.");
        assertThat(user.say("yes").speech()).startsWith("Arm day.");
    }

    @Test
    void returningLaunch_afterKneePainWithNoSetDone_shouldNotOfferLegWork() {
        storage.put(USER, UserProgress.NONE.applyAll(List.of(new ProgressChange.WorkoutStarted("leg_day"),
                new ProgressChange.PainReported("knee", "squat", MONDAY_DATE.minusDays(1)))), 0);

        Turn welcome = user.say("launch");

        assertThat(welcome.speech()).startsWith("Welcome back.").doesNotContain("leg day today", "squat focus today");
        assertThat(welcome.speech()).endsWith("?");
    }

    @Test
    void whatShouldITrainToday_midWorkout_shouldAnswerAndReturnToTheSet() {
        user.say("start-bicep-focus");
        Turn asked = user.say("what-should-i-train");
        assertThat(asked.speech()).endsWith("Shall we begin?").doesNotContain("Which workout");
        assertThat(asked.workout().path("phase").asText()).isEqualTo("BRIEFING");
    }

    @Test
    void forgedGoal_comingBackInTheSession_shouldBeDropped_andTheRealOneKept() {
        user.say("launch");
        user.say("weekly-goal-3");
        user.say("stop");
        user.say("launch");
        user.say("weekly-goal-0");
        com.fasterxml.jackson.databind.node.ObjectNode forged = user.attributes().deepCopy();
        forged.putArray("pending").addObject().put("type", "goal").put("workouts", 100);
        user.forceAttributes(forged);

        Turn stopped = user.say("stop");

        assertThat(stopped.ends()).isTrue();
        assertThat(stored().weeklyGoal()).isEqualTo(3);
    }

    /** Three sets of {@code exercise} and a finished workout on {@code day}. */
    private static List<ProgressChange> workout(String exercise, LocalDate day) {
        return List.of(new ProgressChange.SetDone(exercise, 8, day), new ProgressChange.SetDone(exercise, 8, day),
                new ProgressChange.SetDone(exercise, 8, day), new ProgressChange.WorkoutDone(day));
    }
}
