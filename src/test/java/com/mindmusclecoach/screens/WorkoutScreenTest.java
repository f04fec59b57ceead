package com.mindmusclecoach.screens;

import com.mindmusclecoach.workout.Command;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;
import com.mindmusclecoach.workout.WorkoutStateMachine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkoutScreenTest {

    private static final WorkoutStateMachine MACHINE = new WorkoutStateMachine(ScreenSamples.CATALOGUE);
    private static final WorkoutScreen SCREENS = new WorkoutScreen(ScreenSamples.CATALOGUE);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> shown(WorkoutSession session) {
        Screen screen = SCREENS.of(session);
        assertThat(screen.document()).isEqualTo(WorkoutScreen.DOCUMENT);
        return (Map<String, Object>) screen.datasources().get(WorkoutScreen.DATASOURCE);
    }

    private static WorkoutSession after(WorkoutSession session, Command... commands) {
        WorkoutSession s = session;
        for (Command command : commands) {
            s = MACHINE.apply(s, command).session();
        }
        return s;
    }

    private static WorkoutSession bicepFocus(Command... commands) {
        return after(MACHINE.apply(WorkoutSession.choosing(), new Command.StartWorkout("bicep_focus", "bicep focus")).session(),
                commands);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> shownAfter(Transition transition) {
        return (Map<String, Object>) SCREENS.after(transition).orElseThrow().datasources().get(WorkoutScreen.DATASOURCE);
    }

    private static Exercise exercise(String id) {
        return ScreenSamples.CATALOGUE.exercise(id).orElseThrow();
    }

    @Test
    void of_shouldSuggestAWorkout_whenNoneIsChosen() {
        assertThat(shown(WorkoutSession.choosing())).containsEntry("heading", "Mind Muscle Coach")
                .containsEntry("exercise", "Which workout today?").containsEntry("counter", "").containsEntry("tempo", "")
                .containsEntry("progressPercent", 0);
        assertThat((String) shown(WorkoutSession.choosing()).get("hint")).contains("start bicep focus");
    }

    @Test
    void of_shouldShowExerciseMuscleSetRepsTempoAndFormCue_whenBriefing() {
        assertThat(shown(bicepFocus())).containsEntry("heading", "Bicep focus").containsEntry("exercise", "Biceps curls")
                .containsEntry("muscle", "Target: biceps").containsEntry("counter", "Set 1 of 3 \u00b7 8 reps")
                .containsEntry("tempo", "2 s up \u00b7 1 s squeeze \u00b7 3 s down")
                .containsEntry("cue", "Keep your elbows pinned to your sides and your back still.")
                .containsEntry("hint", "Say \u201cready\u201d when you\u2019re set");
    }

    @Test
    void of_shouldShowTheUsersRepsAndTempo_whenTheyChangedThem() {
        WorkoutSession slower = bicepFocus(new Command.SetReps(10), Command.Action.SLOWER);

        assertThat(shown(slower)).containsEntry("counter", "Set 1 of 3 \u00b7 10 reps")
                .containsEntry("tempo", "3 s up \u00b7 1 s squeeze \u00b7 4 s down");
    }

    @Test
    void of_shouldShowTheRepsTheCoachWillCount_afterTooHard() {
        Transition eased = MACHINE.apply(bicepFocus(), Command.Action.TOO_HARD);
        int coached = ((com.mindmusclecoach.workout.Event.EffortChanged) eased.events().get(0)).reps();

        assertThat(coached).isEqualTo(6);
        assertThat(shown(eased.session())).containsEntry("counter", "Set 1 of 3 \u00b7 6 reps");
    }

    @Test
    void of_shouldShowAHoldInSeconds_withTheUsersRepsLeftOut() {
        WorkoutSession plank = after(MACHINE.apply(WorkoutSession.choosing(), new Command.StartWorkout("plank", "plank"))
                .session(), new Command.SetReps(12));
        int seconds = ScreenSamples.CATALOGUE.routine("plank").orElseThrow().step(0).reps();

        assertThat(shown(plank)).containsEntry("counter", "Set 1 of 3 \u00b7 " + seconds + " s hold");
    }

    @Test
    void of_shouldAskForTheRatingWithAFocusCue_whenASetWasCoached() {
        Map<String, Object> rating = shown(bicepFocus(Command.Action.READY));

        assertThat(rating).containsEntry("counter", "Set 1 of 3 done \u00b7 8 reps")
                .containsEntry("cue", "Just your biceps.")
                .containsEntry("hint", "How strongly did you feel your biceps? Say 1 to 5");
        assertThat((int) rating.get("progressPercent")).isPositive();
    }

    @Test
    void of_shouldShowTheNextSetAndTheRestCue_whenResting() {
        assertThat(shown(bicepFocus(Command.Action.READY, new Command.Rate(4))))
                .containsEntry("counter", "Next: set 2 of 3 \u00b7 8 reps")
                .containsEntry("cue", "Let your arms hang loose and shake them out gently.")
                .containsEntry("hint", "Say \u201cready\u201d for set 2");
    }

    @Test
    void after_shouldCarryTheRestsSecondsAndTheStartPosition_whenARatingStartsARest() {
        Map<String, Object> rest = shownAfter(MACHINE.apply(bicepFocus(Command.Action.READY), new Command.Rate(4)));

        assertThat(rest).containsEntry(WorkoutScreen.REST_SECONDS, 60)
                .containsEntry("restCue", exercise("biceps_curl").movement().start())
                .containsEntry("exercise", "Biceps curls").containsEntry("counter", "Next: set 2 of 3 \u00b7 8 reps")
                .containsEntry("hint", "Say \u201cready\u201d for set 2");
        assertThat(shownAfter(MACHINE.apply(bicepFocus(Command.Action.READY), Command.Action.SKIP)))
                .as("a skipped rating starts the rest too").containsEntry(WorkoutScreen.REST_SECONDS, 60);
    }

    @Test
    void after_shouldCountTheUsersRest_andTheNextExercisesStartPosition_whenTheRestLeadsToTheNextExercise() {
        WorkoutSession lastCurlSet = bicepFocus(new Command.SetRest(90), Command.Action.READY, new Command.Rate(4),
                Command.Action.READY, new Command.Rate(4), Command.Action.READY);
        Map<String, Object> rest = shownAfter(MACHINE.apply(lastCurlSet, new Command.Rate(5)));

        assertThat(rest).containsEntry(WorkoutScreen.REST_SECONDS, 90)
                .containsEntry("restCue", exercise("hammer_curl").movement().start())
                .containsEntry("exercise", "Hammer curls").containsEntry("counter", "Set 1 of 2 \u00b7 10 reps");
    }

    @Test
    void screensOfTurnsThatStartNoRest_shouldCarryNoCountdown() {
        WorkoutSession resting = bicepFocus(Command.Action.READY, new Command.Rate(4));
        List<Transition> turns = List.of(
                MACHINE.apply(WorkoutSession.choosing(), new Command.StartWorkout("bicep_focus", "bicep focus")),
                MACHINE.apply(bicepFocus(), Command.Action.READY),
                MACHINE.apply(resting, Command.Action.PAUSE),
                MACHINE.apply(resting, Command.Action.HELP),
                MACHINE.apply(resting, Command.Action.READY),
                MACHINE.apply(bicepFocus(), Command.Action.SKIP));

        assertThat(turns).allSatisfy(t -> assertThat(shownAfter(t))
                .containsEntry(WorkoutScreen.REST_SECONDS, 0).containsEntry("restCue", ""));
        assertThat(shown(resting)).as("a resting session read back later: when its rest began is unknown")
                .containsEntry(WorkoutScreen.REST_SECONDS, 0).containsEntry("restCue", "");
        assertThat(shown(WorkoutSession.choosing())).containsEntry(WorkoutScreen.REST_SECONDS, 0);
    }

    @Test
    void of_shouldKeepThePlaceAndSayHowToGoOn_whenPausedOrOfferedForResuming() {
        WorkoutSession resting = bicepFocus(Command.Action.READY, new Command.Rate(4));
        WorkoutSession paused = after(resting, Command.Action.PAUSE);
        WorkoutSession offered = MACHINE.resumable(resting).orElseThrow();

        assertThat(paused.phase()).isEqualTo(Phase.PAUSED);
        assertThat(shown(paused)).containsEntry("counter", "Next: set 2 of 3 \u00b7 8 reps")
                .containsEntry("hint", "Paused \u2014 say \u201cresume\u201d to carry on");
        assertThat(shown(offered)).containsEntry("exercise", "Biceps curls")
                .containsEntry("hint", "Say \u201cyes\u201d to pick up where you left off");
    }

    @Test
    void after_shouldSumUpAFinishedWorkout_andShowNothingAfterAGoodbye() {
        WorkoutSession s = bicepFocus();
        Transition t = MACHINE.apply(s, Command.Action.READY);
        while (!t.ends()) {
            t = MACHINE.apply(t.session(), t.session().phase() == Phase.RATING ? new Command.Rate(5) : Command.Action.READY);
        }
        Transition goodbye = MACHINE.apply(bicepFocus(), Command.Action.STOP);

        assertThat(SCREENS.after(t)).get().extracting(x -> x.datasources().get(WorkoutScreen.DATASOURCE))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("heading", "Bicep focus done!").containsEntry("exercise", "Workout complete")
                .containsEntry("counter", "5 sets \u00b7 44 reps").containsEntry("cue", "Average connection 5.0 out of 5")
                .containsEntry("progressPercent", 100);
        assertThat(goodbye.ends()).isTrue();
        assertThat(SCREENS.after(goodbye)).isEmpty();
    }

    @Test
    void of_shouldShowTheChoice_whenAStaleSessionNamesNoKnownPlace() {
        for (WorkoutSession stale : List.of(
                new WorkoutSession(Phase.RATING, null, "no_such_routine", 0, 1, Preferences.DEFAULT, List.of()),
                new WorkoutSession(Phase.BRIEFING, null, "bicep_focus", -1, 1, Preferences.DEFAULT, List.of()),
                new WorkoutSession(Phase.BRIEFING, null, "bicep_focus", 9, 1, Preferences.DEFAULT, List.of()))) {
            assertThat(shown(stale)).containsEntry("exercise", "Which workout today?");
        }
        assertThat(shown(new WorkoutSession(Phase.RATING, null, "bicep_focus", 0, 0, Preferences.DEFAULT, List.of())))
                .containsEntry("exercise", "Biceps curls");
    }

    @Test
    void of_shouldNeverShowMoreThanAWholeWorkout_forAnySessionOfTheCatalogue() {
        List<WorkoutSession> sessions = ScreenSamples.everyWorkoutOfTheCatalogue();

        assertThat(sessions).allSatisfy(s -> assertThat((int) shown(s).get("progressPercent")).isBetween(0, 100));
        assertThat(sessions).filteredOn(s -> s.preferences().equals(Preferences.DEFAULT)).isNotEmpty();
    }
}
