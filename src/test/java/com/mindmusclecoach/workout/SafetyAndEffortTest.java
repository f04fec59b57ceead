package com.mindmusclecoach.workout;

import com.mindmusclecoach.workout.Command.Action;
import com.mindmusclecoach.workout.Command.Rate;
import com.mindmusclecoach.workout.Command.ReportPain;
import com.mindmusclecoach.workout.Command.RepsDone;
import com.mindmusclecoach.workout.Command.StartWorkout;
import com.mindmusclecoach.workout.Event.Reason;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.mindmusclecoach.workout.Workouts.MACHINE;
import static com.mindmusclecoach.workout.Workouts.START_BICEP_FOCUS;
import static com.mindmusclecoach.workout.Workouts.exercise;
import static com.mindmusclecoach.workout.Workouts.play;
import static org.assertj.core.api.Assertions.assertThat;

/** Pain, effort and honest counts: what the workout does when the trainee says it hurts, is too hard or too easy. */
class SafetyAndEffortTest {

    private static final Exercise CURL = exercise("biceps_curl");
    private static final Exercise HAMMER_CURL = exercise("hammer_curl");
    /** Chest focus: push-ups, floor press, flies; the gentler incline push-ups are not in it. */
    private static final Command START_PUSH_UP_FOCUS = new StartWorkout("chest_focus", "chest focus");

    @Test
    void pain_shouldWithdrawTheSetJustCoachedAndOfferTheGentlerExercise_whenReportedAtTheRating() {
        WorkoutSession secondSetCoached = play(START_PUSH_UP_FOCUS, Action.READY, new Rate(4), Action.READY);

        Transition transition = MACHINE.apply(secondSetCoached, new ReportPain("wrist", false));

        assertThat(transition.events()).containsExactly(new Event.PainHeard(exercise("push_up"), "wrist", false, true,
                exercise("incline_push_up"), exercise("floor_press")));
        assertThat(transition.session().phase()).isEqualTo(Phase.AFTER_PAIN);
        assertThat(transition.session().completed()).as("set two does not count")
                .containsExactly(new CompletedSet("push_up", 1, 8, 4));
        assertThat(transition.session().setNumber()).isEqualTo(2);
        assertThat(transition.ends()).isFalse();
    }

    @Test
    void yesAfterPain_shouldSwapInTheGentlerExerciseForTheSetsLeft_andCountItsSetsUnderItsOwnName() {
        WorkoutSession afterPain = play(START_PUSH_UP_FOCUS, Action.READY, new Rate(4), Action.READY,
                new ReportPain("wrist", false));

        Transition swapped = MACHINE.apply(afterPain, Action.YES);
        Transition coached = MACHINE.apply(swapped.session(), Action.READY);

        Exercise incline = exercise("incline_push_up");
        assertThat(swapped.events()).containsExactly(new Event.ExerciseSwapped(exercise("push_up"), incline),
                new Event.ExerciseIntroduced(incline, 2, incline.reps(), incline.tempo(), false));
        assertThat(coached.events()).containsExactly(new Event.SetCoached(incline, 2, 3, incline.reps(), incline.tempo()));
        assertThat(coached.session().completed()).last().isEqualTo(new CompletedSet("incline_push_up", 2, incline.reps(), null));
    }

    @Test
    void noAfterPain_shouldMoveOnToTheNextExercise_whenAGentlerOneWasOffered() {
        WorkoutSession afterPain = play(START_PUSH_UP_FOCUS, new ReportPain("elbow", false));

        Transition transition = MACHINE.apply(afterPain, Action.NO);

        Exercise floorPress = exercise("floor_press");
        assertThat(transition.events()).containsExactly(new Event.ExerciseSkipped(exercise("push_up")),
                new Event.ExerciseIntroduced(floorPress, 3, 10, floorPress.tempo(), false));
    }

    @Test
    void pain_shouldOfferTheNextExercise_andNoShouldEnd_whenThereIsNoGentlerExercise() {
        WorkoutSession hammerCurls = play(START_BICEP_FOCUS, Action.SKIP_EXERCISE, Action.YES, Action.READY, new Rate(3));
        WorkoutSession singleArmRows = play(new StartWorkout("back_focus", "back focus"), Action.SKIP_EXERCISE, Action.YES);

        Transition lastExercise = MACHINE.apply(hammerCurls, new ReportPain("forearm", false));
        Transition rows = MACHINE.apply(singleArmRows, new ReportPain("back", false));
        Transition declined = MACHINE.apply(play(new StartWorkout("back_focus", "back focus"), Action.SKIP_EXERCISE,
                Action.YES, new ReportPain("back", false)), Action.NO);

        assertThat(lastExercise.ends()).as("nothing gentler and nothing after: the workout ends").isTrue();
        assertThat(lastExercise.events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("PainHeard", "Closing");
        assertThat(rows.events()).singleElement().isInstanceOfSatisfying(Event.PainHeard.class, pain -> {
            assertThat(pain.gentler()).isNull();
            assertThat(pain.nextUp()).isEqualTo(exercise("reverse_fly"));
        });
        assertThat(rows.session().phase()).isEqualTo(Phase.AFTER_PAIN);
        assertThat(declined.ends()).isTrue();
        assertThat(declined.events()).singleElement().isInstanceOf(Event.Goodbye.class);
    }

    @Test
    void dizziness_shouldEndTheWorkoutAtOnce_withoutCountingTheSetJustCoached() {
        WorkoutSession rating = play(START_BICEP_FOCUS, Action.READY);

        Transition transition = MACHINE.apply(rating, new ReportPain(ReportPain.DIZZY, false));

        assertThat(transition.ends()).isTrue();
        assertThat(transition.events()).singleElement().isInstanceOfSatisfying(Event.PainHeard.class,
                pain -> assertThat(pain.setWithdrawn()).isTrue());
        assertThat(transition.session().completed()).isEmpty();
    }

    @Test
    void pain_shouldBeAnsweredWithoutAWorkout_andNeverTakenAsARating() {
        Transition choosing = MACHINE.apply(WorkoutSession.choosing(), new ReportPain("knee", false));
        WorkoutSession resting = play(START_BICEP_FOCUS, Action.READY, new Rate(4));
        Transition duringRest = MACHINE.apply(resting, new ReportPain("knee", false));

        assertThat(choosing.events()).singleElement().isInstanceOf(Event.PainHeard.class);
        assertThat(choosing.session()).isEqualTo(WorkoutSession.choosing());
        assertThat(duringRest.session().completed()).as("the rated set stays done").isEqualTo(resting.completed());
        assertThat(duringRest.events()).noneMatch(e -> e instanceof Event.RatingTaken);
    }

    @Test
    void tooHard_shouldTakeTwoRepsOffTheRestOfThisExerciseOnly() {
        WorkoutSession rating = play(START_BICEP_FOCUS, Action.READY);

        Transition harder = MACHINE.apply(rating, Action.TOO_HARD);
        WorkoutSession nextSet = play(harder.session(), new Rate(3), Action.READY);
        WorkoutSession hammer = play(nextSet, new Rate(3), Action.READY, new Rate(3));

        assertThat(harder.events()).containsExactly(new Event.EffortChanged(CURL, Event.Effort.LIGHTER, 6, CURL.tempo()));
        assertThat(harder.session().phase()).as("still asks for the rating").isEqualTo(Phase.RATING);
        assertThat(nextSet.completed()).last().extracting(CompletedSet::reps).isEqualTo(6);
        assertThat(MACHINE.apply(hammer, Action.READY).events()).singleElement()
                .isInstanceOfSatisfying(Event.SetCoached.class, set -> assertThat(set.reps()).as("next exercise as planned")
                        .isEqualTo(10));
    }

    @Test
    void tooEasy_shouldSlowTheTempoFirst_thenAddTwoReps_thenSayItIsAtTheLimit() {
        WorkoutSession rating = play(START_BICEP_FOCUS, Action.READY);

        List<Event> answers = new java.util.ArrayList<>();
        WorkoutSession s = rating;
        for (int i = 0; i < 10; i++) {
            Transition t = MACHINE.apply(s, Action.TOO_EASY);
            answers.add(t.events().get(0));
            s = t.session();
        }

        assertThat(answers).extracting(e -> ((Event.EffortChanged) e).effort()).containsExactly(
                Event.Effort.SLOWER, Event.Effort.SLOWER, Event.Effort.MORE_REPS, Event.Effort.MORE_REPS,
                Event.Effort.MORE_REPS, Event.Effort.MORE_REPS, Event.Effort.MORE_REPS, Event.Effort.MORE_REPS,
                Event.Effort.AT_LIMIT, Event.Effort.AT_LIMIT);
        assertThat((Event.EffortChanged) answers.get(1)).extracting(Event.EffortChanged::tempo)
                .isEqualTo(CURL.tempo().shifted(Tempo.MAX_SHIFT));
        assertThat((Event.EffortChanged) answers.get(9)).extracting(Event.EffortChanged::reps)
                .isEqualTo(WorkoutStateMachine.MAX_REPS);
    }

    @Test
    void repsDone_shouldCountTheRepsActuallyDone_andStillAskForTheRating() {
        WorkoutSession rating = play(START_BICEP_FOCUS, Action.READY);

        Transition six = MACHINE.apply(rating, new RepsDone(6));
        Transition nine = MACHINE.apply(rating, new RepsDone(9));
        Transition absurd = MACHINE.apply(rating, new RepsDone(-400));
        Transition later = MACHINE.apply(play(rating, new Rate(4)), new RepsDone(6));

        assertThat(six.events()).containsExactly(new Event.RepsCorrected(CURL, 6, 8));
        assertThat(six.session().phase()).isEqualTo(Phase.RATING);
        assertThat(six.session().completed()).containsExactly(new CompletedSet("biceps_curl", 1, 6, null));
        assertThat(nine.events()).containsExactly(new Event.Rejected(Reason.REPS_DONE_OUT_OF_RANGE, "9"));
        assertThat(absurd.session()).isEqualTo(rating);
        assertThat(later.events()).containsExactly(new Event.Rejected(Reason.REPS_DONE_NOT_NOW, null));
    }

    @Test
    void changesThatDropTheWorkoutSoFar_shouldBeAskedFirst_andNoShouldCarryOnWhereItWas() {
        WorkoutSession resting = play(START_BICEP_FOCUS, Action.READY, new Rate(4));

        Transition startOver = MACHINE.apply(resting, Action.START_OVER);
        Transition another = MACHINE.apply(resting, new StartWorkout("leg_day", "leg day"));
        Transition declined = MACHINE.apply(startOver.session(), Action.NO);
        Transition readyInstead = MACHINE.apply(another.session(), Action.NEXT);

        assertThat(startOver.session().confirming()).isEqualTo(WorkoutSession.START_OVER);
        assertThat(another.session().confirming()).isEqualTo(WorkoutSession.SWITCH_TO + "leg_day");
        assertThat(declined.events()).containsExactly(new Event.KeptGoing());
        assertThat(declined.session()).isEqualTo(resting);
        assertThat(readyInstead.events()).as("anything else drops the question and is answered where we were")
                .singleElement().isInstanceOf(Event.SetCoached.class);
    }

    @Test
    void resumable_shouldStartWithTheNextExercise_whenLeftRightAfterPain() {
        WorkoutSession afterPain = play(START_BICEP_FOCUS, Action.READY, new Rate(4), Action.READY,
                new ReportPain("elbow", false));

        WorkoutSession offered = MACHINE.resumable(afterPain).orElseThrow();

        assertThat(offered.phase()).isEqualTo(Phase.OFFERING_RESUME);
        assertThat(offered.pausedFrom()).isEqualTo(Phase.BRIEFING);
        assertThat(offered.exerciseIndex()).isEqualTo(1);
    }

    @Test
    void noEquipment_shouldSwapInTheBodyweightAlternative_orSayWhatToUse_whenThereIsNone() {
        WorkoutSession floorPress = play(new StartWorkout("chest_focus", "chest focus"), Action.SKIP_EXERCISE, Action.YES);
        WorkoutSession curls = play(START_BICEP_FOCUS);

        Transition swapped = MACHINE.apply(floorPress, Action.NO_EQUIPMENT);
        Transition advised = MACHINE.apply(curls, Action.NO_EQUIPMENT);

        Exercise pushUp = exercise("push_up");
        assertThat(swapped.events()).containsExactly(new Event.NoEquipment(exercise("floor_press"), pushUp),
                new Event.ExerciseIntroduced(pushUp, 3, pushUp.reps(), pushUp.tempo(), false));
        assertThat(MACHINE.apply(swapped.session(), Action.READY).events()).singleElement()
                .isInstanceOfSatisfying(Event.SetCoached.class, set -> assertThat(set.exercise()).isEqualTo(pushUp));
        assertThat(advised.events()).containsExactly(new Event.NoEquipment(CURL, null));
        assertThat(advised.session()).isEqualTo(curls);
    }

    @Test
    void longOneSidedSet_shouldBeCoachedOneSideAtATime_andCountOnceBothAreDone() {
        WorkoutSession twentyRows = play(new StartWorkout("single_arm_row", "single arm row"),
                new Command.SetReps(20));
        WorkoutSession tenRows = play(new StartWorkout("single_arm_row", "single arm row"));

        Transition right = MACHINE.apply(twentyRows, Action.READY);
        Transition left = MACHINE.apply(right.session(), Action.READY);
        Transition both = MACHINE.apply(tenRows, Action.READY);

        Exercise row = exercise("single_arm_row");
        assertThat(right.events()).containsExactly(new Event.SetCoached(row, 1, 3, 20, row.tempo(), Event.Part.FIRST_SIDE));
        assertThat(right.session().phase()).isEqualTo(Phase.SWITCHING_SIDES);
        assertThat(right.session().completed()).as("half a set is not a set").isEmpty();
        assertThat(left.events()).containsExactly(new Event.SetCoached(row, 1, 3, 20, row.tempo(), Event.Part.SECOND_SIDE));
        assertThat(left.session().completed()).containsExactly(new CompletedSet("single_arm_row", 1, 20, null));
        assertThat(both.events()).as("ten a side fits one response").containsExactly(
                new Event.SetCoached(row, 1, 3, 10, row.tempo(), Event.Part.WHOLE));
    }

    @Test
    void gentlerExercise_shouldNotBeOffered_whenTheRoutineDoesItNext_orTheExerciseWasAlreadyEased() {
        WorkoutSession pushUpFocus = play(new StartWorkout("push_up_focus", "push up focus"), Action.READY);
        WorkoutSession easedOnce = play(START_PUSH_UP_FOCUS, Action.READY, new ReportPain("wrist", false), Action.YES,
                Action.READY);

        Transition later = MACHINE.apply(pushUpFocus, new ReportPain("wrist", false));
        Transition again = MACHINE.apply(easedOnce, new ReportPain("wrist", false));

        assertThat(later.events()).singleElement().isInstanceOfSatisfying(Event.PainHeard.class, pain -> {
            assertThat(pain.gentler()).as("incline push ups come next anyway").isNull();
            assertThat(pain.nextUp()).isEqualTo(exercise("incline_push_up"));
        });
        assertThat(again.events()).singleElement().isInstanceOfSatisfying(Event.PainHeard.class,
                pain -> assertThat(pain.gentler()).as("eased once: no second swap").isNull());
    }

    @Test
    void painThatIsNotATrainingMatter_shouldEndTheSession() {
        WorkoutSession rating = play(START_BICEP_FOCUS, Action.READY);

        Transition chest = MACHINE.apply(rating, new ReportPain("chest", false));
        Transition again = MACHINE.apply(rating, new ReportPain("elbow", true));
        Transition once = MACHINE.apply(rating, new ReportPain("elbow", false));

        assertThat(chest.ends()).isTrue();
        assertThat(again.ends()).as("the same part twice in two weeks: stop and get it checked").isTrue();
        assertThat(once.ends()).isFalse();
        assertThat(List.of(chest, again)).allSatisfy(t -> assertThat(t.events()).singleElement()
                .isInstanceOfSatisfying(Event.PainHeard.class, pain -> {
                    assertThat(pain.gentler()).isNull();
                    assertThat(pain.nextUp()).isNull();
                }));
    }
}
