package com.mindmusclecoach.workout;

import com.mindmusclecoach.workout.Command.Action;
import com.mindmusclecoach.workout.Command.Rate;
import com.mindmusclecoach.workout.Command.SetReps;
import com.mindmusclecoach.workout.Command.SetRest;
import com.mindmusclecoach.workout.Command.StartWorkout;
import com.mindmusclecoach.workout.Event.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.mindmusclecoach.workout.Workouts.CATALOGUE;
import static com.mindmusclecoach.workout.Workouts.MACHINE;
import static com.mindmusclecoach.workout.Workouts.START_BICEP_FOCUS;
import static com.mindmusclecoach.workout.Workouts.exercise;
import static com.mindmusclecoach.workout.Workouts.play;
import static com.mindmusclecoach.workout.Workouts.routine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Named.named;

/** The important transitions of a coached workout, step by step; every pair is in {@link WorkoutStateMachineEveryPairTest}. */
class WorkoutStateMachineTest {

    private static final Exercise CURL = exercise("biceps_curl");
    private static final Exercise HAMMER_CURL = exercise("hammer_curl");
    private static final Routine BICEP_FOCUS = routine("bicep_focus");
    /** Every preference asked for, by {@link #ASK_FOR_EVERYTHING}. */
    private static final Preferences ASKED = new Preferences(12, 1, 90, Preferences.Verbosity.BRIEF);
    private static final Command[] ASK_FOR_EVERYTHING = {new SetReps(12), Action.SLOWER, new SetRest(90), Action.BRIEF_CUES};

    @Test
    void apply_shouldIntroduceTheFirstExercise_whenAKnownWorkoutStarts() {
        WorkoutSession choosing = WorkoutSession.choosing();

        Transition transition = MACHINE.apply(choosing, START_BICEP_FOCUS);

        assertThat(transition.events()).containsExactly(
                new Event.WorkoutStarted(BICEP_FOCUS),
                new Event.WarmUp(Workouts.CATALOGUE.warmUp(BICEP_FOCUS)),
                new Event.ExerciseIntroduced(CURL, 3, 8, CURL.tempo(), true));
        assertThat(Workouts.CATALOGUE.warmUp(BICEP_FOCUS)).as("a warm-up for the arms, about a minute")
                .hasSizeGreaterThanOrEqualTo(2)
                .satisfies(moves -> assertThat(moves.stream().mapToInt(Move::seconds).sum()).isBetween(40, 60));
        assertThat(transition.session()).isEqualTo(
                bicepFocus(Phase.BRIEFING, null, 0, 1, Preferences.DEFAULT, List.of()));
        assertThat(transition.ends()).isFalse();
    }

    @Test
    void apply_shouldCoachEveryPlannedSetAndStoreEachRating_whenBicepFocusIsPlayedThrough() {
        List<Event> events = new ArrayList<>();
        Transition transition = MACHINE.apply(WorkoutSession.choosing(), START_BICEP_FOCUS);
        events.addAll(transition.events());

        for (int rating : new int[] {3, 4, 5, 4, 5}) {
            transition = MACHINE.apply(transition.session(), Action.READY);
            events.addAll(transition.events());
            transition = MACHINE.apply(transition.session(), new Rate(rating));
            events.addAll(transition.events());
        }

        assertThat(events).filteredOn(Event.SetCoached.class::isInstance).map(Event.SetCoached.class::cast)
                .extracting(set -> set.exercise().id(), Event.SetCoached::setNumber, Event.SetCoached::totalSets,
                        Event.SetCoached::reps)
                .containsExactly(
                        tuple("biceps_curl", 1, 3, 8), tuple("biceps_curl", 2, 3, 8), tuple("biceps_curl", 3, 3, 8),
                        tuple("hammer_curl", 1, 2, 10), tuple("hammer_curl", 2, 2, 10));
        assertThat(transition.session().completed()).containsExactly(
                new CompletedSet("biceps_curl", 1, 8, 3),
                new CompletedSet("biceps_curl", 2, 8, 4),
                new CompletedSet("biceps_curl", 3, 8, 5),
                new CompletedSet("hammer_curl", 1, 10, 4),
                new CompletedSet("hammer_curl", 2, 10, 5));
        assertThat(transition.ends()).as("the cool-down is offered").isFalse();
        assertThat(transition.session().phase()).isEqualTo(Phase.COOLING_DOWN);
        assertThat(transition.events()).containsExactly(
                new Event.RatingTaken(HAMMER_CURL, 5),
                new Event.WorkoutFinished(BICEP_FOCUS, new Summary(2, 5, 44, 4.2)));

        Transition cooledDown = MACHINE.apply(transition.session(), Action.YES);
        Transition skipped = MACHINE.apply(transition.session(), Action.NO);
        Routine next = Workouts.CATALOGUE.next(BICEP_FOCUS).orElseThrow();
        assertThat(cooledDown.events()).containsExactly(
                new Event.CoolDown(List.of(Workouts.CATALOGUE.coolDown(transition.session().completed()).get(0))),
                new Event.Closing(next));
        assertThat(skipped.events()).containsExactly(new Event.Closing(next));
        assertThat(List.of(cooledDown, skipped)).allSatisfy(t -> {
            assertThat(t.ends()).isTrue();
            assertThat(t.session().phase()).isEqualTo(Phase.FINISHED);
        });
        assertThat(next.steps()).noneMatch(step -> step.exercise().group() == MuscleGroup.ARMS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyWorkoutId")
    void apply_shouldCoachExactlyThePlannedSetsAndReps_whenAnyWorkoutIsPlayedThrough(String id) {
        Routine routine = routine(id);
        Transition transition = MACHINE.apply(WorkoutSession.choosing(), new StartWorkout(id, id));

        for (int turn = 0; turn < 4 * routine.totalSets() && transition.session().phase() != Phase.COOLING_DOWN; turn++) {
            Phase phase = transition.session().phase();
            transition = MACHINE.apply(transition.session(), phase == Phase.RATING ? new Rate(4) : Action.READY);
        }

        List<CompletedSet> planned = routine.steps().stream()
                .flatMap(step -> IntStream.rangeClosed(1, step.sets())
                        .mapToObj(set -> new CompletedSet(step.exercise().id(), set,
                                step.exercise().isHold() ? 1 : step.reps(), 4)))
                .toList();
        assertThat(transition.session().completed()).containsExactlyElementsOf(planned);
        assertThat(transition.session().phase()).isEqualTo(Phase.COOLING_DOWN);
        assertThat(transition.events()).last().isEqualTo(new Event.WorkoutFinished(routine, Summary.of(planned)));
    }

    @Test
    void apply_shouldRestThenIntroduceTheNextExercise_whenTheLastSetOfAnExerciseIsRated() {
        WorkoutSession lastCurlCoached = play(START_BICEP_FOCUS,
                Action.READY, new Rate(4), Action.READY, new Rate(4), Action.READY);

        Transition transition = MACHINE.apply(lastCurlCoached, new Rate(5));

        assertThat(transition.events()).containsExactly(
                new Event.RatingTaken(CURL, 5),
                new Event.RestStarted(CURL, BICEP_FOCUS.restSeconds(), HAMMER_CURL),
                new Event.ExerciseIntroduced(HAMMER_CURL, 2, 10, HAMMER_CURL.tempo(), false));
        assertThat(transition.session().phase()).isEqualTo(Phase.BRIEFING);
        assertThat(transition.session().exerciseIndex()).isEqualTo(1);
        assertThat(transition.session().setNumber()).isEqualTo(1);
    }

    @Test
    void apply_shouldRejectTheRatingAndKeepAsking_whenRatingIsEleven() {
        WorkoutSession rating = Situation.RATING.session();

        Transition transition = MACHINE.apply(rating, new Rate(11));

        assertThat(transition.events()).containsExactly(new Event.Rejected(Reason.RATING_OUT_OF_RANGE, "11"));
        assertThat(transition.session().phase()).isEqualTo(Phase.RATING);
        assertThat(transition.session().completed()).last().extracting(CompletedSet::rating).isNull();
        assertThat(MACHINE.apply(transition.session(), new Rate(5)).session().completed())
                .last().extracting(CompletedSet::rating).isEqualTo(5);
    }

    @Test
    void apply_shouldLeaveTheSetUnrated_whenUserMovesOnInsteadOfRating() {
        WorkoutSession rating = Situation.RATING.session();

        Transition transition = MACHINE.apply(rating, Action.NEXT);

        assertThat(transition.events()).containsExactly(
                new Event.RatingTaken(CURL, null), new Event.RestStarted(CURL, BICEP_FOCUS.restSeconds(), CURL));
        assertThat(transition.session().completed()).containsExactly(new CompletedSet("biceps_curl", 1, 8, null));
        assertThat(transition.session().setNumber()).isEqualTo(2);
    }

    @Test
    void apply_shouldTakeTheRatingAndCarryOn_whenRatedWhilePausedAfterASet() {
        WorkoutSession paused = Situation.PAUSED_RATING.session();

        Transition transition = MACHINE.apply(paused, new Rate(3));

        assertThat(transition.session().phase()).isEqualTo(Phase.RESTING);
        assertThat(transition.session().pausedFrom()).isNull();
        assertThat(transition.session().completed()).containsExactly(new CompletedSet("biceps_curl", 1, 8, 3));
    }

    @ParameterizedTest(name = "paused from {0}")
    @EnumSource(value = Situation.class, names = {"BRIEFING", "RATING", "RESTING"})
    void apply_shouldReturnToWhereItPaused_whenResumed(Situation situation) {
        WorkoutSession before = situation.session();
        WorkoutSession paused = MACHINE.apply(before, Action.PAUSE).session();

        Transition transition = MACHINE.apply(paused, Action.RESUME);

        assertThat(paused.phase()).isEqualTo(Phase.PAUSED);
        assertThat(paused.pausedFrom()).isEqualTo(before.phase());
        assertThat(transition.events()).containsExactly(new Event.Resumed());
        assertThat(transition.session()).isEqualTo(before);
    }

    @Test
    void apply_shouldStartTheComingSet_whenUserSaysNextWhileResting() {
        Transition next = MACHINE.apply(Situation.RESTING.session(), Action.NEXT);

        assertThat(next.events()).containsExactly(new Event.SetCoached(CURL, 2, 3, 8, CURL.tempo()));
        assertThat(next.session().phase()).isEqualTo(Phase.RATING);
    }

    @Test
    void apply_shouldSkipTheComingSet_whenUserSaysSkipWhileResting() {
        WorkoutSession restingBeforeSetTwo = Situation.RESTING.session();

        Transition skippedTwo = MACHINE.apply(restingBeforeSetTwo, Action.SKIP);
        Transition skippedThree = MACHINE.apply(skippedTwo.session(), Action.SKIP);

        assertThat(skippedTwo.events()).containsExactly(new Event.SetSkipped(CURL, 2));
        assertThat(skippedTwo.session().phase()).isEqualTo(Phase.RESTING);
        assertThat(skippedTwo.session().setNumber()).isEqualTo(3);
        assertThat(skippedTwo.session().completed()).isEqualTo(restingBeforeSetTwo.completed());
        assertThat(skippedThree.events()).containsExactly(
                new Event.SetSkipped(CURL, 3),
                new Event.ExerciseIntroduced(HAMMER_CURL, 2, 10, HAMMER_CURL.tempo(), false));
        assertThat(skippedThree.session().exerciseIndex()).isEqualTo(1);
        assertThat(skippedThree.session().phase()).isEqualTo(Phase.BRIEFING);
    }

    @Test
    void apply_shouldBriefTheNextExerciseAndKeepTheSetsDone_whenExerciseIsSkipped() {
        WorkoutSession rating = Situation.RATING.session();

        Transition transition = confirmed(rating, Action.SKIP_EXERCISE);

        assertThat(transition.events()).containsExactly(
                new Event.ExerciseSkipped(CURL),
                new Event.ExerciseIntroduced(HAMMER_CURL, 2, 10, HAMMER_CURL.tempo(), false));
        assertThat(transition.session()).isEqualTo(bicepFocus(Phase.BRIEFING, null, 1, 1, Preferences.DEFAULT,
                List.of(new CompletedSet("biceps_curl", 1, 8, null))));
    }

    @Test
    void apply_shouldFinishTheWorkout_whenTheLastExerciseIsSkipped() {
        WorkoutSession hammerBriefing = play(START_BICEP_FOCUS, Action.READY, new Rate(4), Action.SKIP_EXERCISE, Action.YES);

        Transition transition = confirmed(hammerBriefing, Action.SKIP_EXERCISE);

        assertThat(transition.events()).containsExactly(
                new Event.ExerciseSkipped(HAMMER_CURL),
                new Event.WorkoutFinished(BICEP_FOCUS, new Summary(1, 1, 8, 4.0)));
        assertThat(transition.session().phase()).as("a set was done: the cool-down is offered").isEqualTo(Phase.COOLING_DOWN);
        assertThat(transition.ends()).isFalse();
    }

    @Test
    void apply_shouldCloseWithoutACoolDown_whenNothingWasTrained() {
        Transition transition = MACHINE.apply(play(START_BICEP_FOCUS, Action.SKIP_EXERCISE, Action.YES,
                Action.SKIP_EXERCISE), Action.YES);

        assertThat(transition.events()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("ExerciseSkipped", "WorkoutFinished", "Closing");
        assertThat(transition.session().phase()).isEqualTo(Phase.FINISHED);
        assertThat(transition.ends()).isTrue();
    }

    @Test
    void apply_shouldGoBackToTheFirstSetAndForgetTheSetsDone_butKeepPreferences_whenStartingOver() {
        WorkoutSession midHammerCurls = play(START_BICEP_FOCUS, Action.SLOWER, Action.READY, new Rate(4),
                Action.SKIP_EXERCISE, Action.YES, new SetReps(12), Action.READY, new Rate(5));

        Transition transition = confirmed(midHammerCurls, Action.START_OVER);

        assertThat(transition.events()).containsExactly(
                new Event.StartedOver(BICEP_FOCUS),
                new Event.ExerciseIntroduced(CURL, 3, 12, CURL.tempo().shifted(1), true));
        assertThat(transition.session()).isEqualTo(
                bicepFocus(Phase.BRIEFING, null, 0, 1, new Preferences(12, 1, 0, Preferences.Verbosity.FULL), List.of()));
    }

    @Test
    void apply_shouldReplaceTheWorkoutUnderWay_whenAnotherWorkoutIsStarted() {
        WorkoutSession restingInBicepFocus = Situation.RESTING.session();

        Transition transition = confirmed(restingInBicepFocus, new StartWorkout("squat_focus", "squat focus"));

        assertThat(transition.events()).first().isEqualTo(new Event.WorkoutStarted(routine("squat_focus")));
        assertThat(transition.session()).isEqualTo(
                new WorkoutSession(Phase.BRIEFING, null, "squat_focus", 0, 1, Preferences.DEFAULT, List.of()));
    }

    @Test
    void apply_shouldSlowDownUntilTheLimit_whenAskedSlowerRepeatedly() {
        WorkoutSession session = Situation.BRIEFING.session();

        for (int shift = 1; shift <= Tempo.MAX_SHIFT; shift++) {
            Transition slower = MACHINE.apply(session, Action.SLOWER);
            assertThat(slower.events()).containsExactly(new Event.TempoChanged(CURL, CURL.tempo().shifted(shift), true));
            session = slower.session();
        }
        Transition atLimit = MACHINE.apply(session, Action.SLOWER);

        assertThat(atLimit.events()).containsExactly(new Event.Rejected(Reason.TEMPO_AT_LIMIT, "slower"));
        assertThat(atLimit.session().preferences().tempoShift()).isEqualTo(Tempo.MAX_SHIFT);
    }

    @Test
    void apply_shouldSpeedUpUntilTheLimit_whenAskedFasterRepeatedly() {
        WorkoutSession session = Situation.BRIEFING.session();

        for (int shift = -1; shift >= Tempo.MIN_SHIFT; shift--) {
            Transition faster = MACHINE.apply(session, Action.FASTER);
            assertThat(faster.events()).containsExactly(new Event.TempoChanged(CURL, CURL.tempo().shifted(shift), false));
            session = faster.session();
        }
        Transition atLimit = MACHINE.apply(session, Action.FASTER);

        assertThat(atLimit.events()).containsExactly(new Event.Rejected(Reason.TEMPO_AT_LIMIT, "faster"));
        assertThat(atLimit.session().preferences().tempoShift()).isEqualTo(Tempo.MIN_SHIFT);
    }

    @Test
    void apply_shouldKeepTheNewTempoForLaterSetsExercisesAndWorkouts_whenAskedSlower() {
        WorkoutSession slowerInBriefing = play(START_BICEP_FOCUS, Action.SLOWER);

        Transition set = MACHINE.apply(slowerInBriefing, Action.READY);
        Transition nextExercise = confirmed(set.session(), Action.SKIP_EXERCISE);
        Transition nextWorkout = confirmed(nextExercise.session(), new StartWorkout("squat", "squats"));

        assertThat(set.events()).singleElement().isInstanceOfSatisfying(Event.SetCoached.class,
                coached -> assertThat(coached.tempo()).isEqualTo(CURL.tempo().shifted(1)));
        assertThat(nextExercise.events()).last().isInstanceOfSatisfying(Event.ExerciseIntroduced.class,
                introduced -> assertThat(introduced.tempo()).isEqualTo(HAMMER_CURL.tempo().shifted(1)));
        assertThat(nextWorkout.events()).last().isInstanceOfSatisfying(Event.ExerciseIntroduced.class,
                introduced -> assertThat(introduced.tempo()).isEqualTo(exercise("squat").tempo().shifted(1)));
    }

    @Test
    void apply_shouldRememberTheTempoWithoutNamingOne_whenAskedSlowerBeforeChoosing() {
        WorkoutSession choosing = WorkoutSession.choosing();

        Transition transition = MACHINE.apply(choosing, Action.SLOWER);

        assertThat(transition.events()).containsExactly(new Event.TempoChanged(null, null, true));
        assertThat(transition.session()).isEqualTo(WorkoutSession.choosing(Preferences.DEFAULT.withTempoShift(1)));
    }

    @Test
    void apply_shouldCoachTheComingSetsWithTheAskedReps_whenRepsAreSetAfterASet() {
        WorkoutSession rating = Situation.RATING.session();

        Transition changed = MACHINE.apply(rating, new SetReps(10));
        WorkoutSession restingBeforeSetTwo = play(changed.session(), new Rate(4));
        Transition setTwo = MACHINE.apply(restingBeforeSetTwo, Action.READY);

        assertThat(changed.events()).containsExactly(new Event.RepsChanged(10));
        assertThat(setTwo.events()).containsExactly(new Event.SetCoached(CURL, 2, 3, 10, CURL.tempo()));
        assertThat(setTwo.session().completed()).extracting(CompletedSet::reps).containsExactly(8, 10);
    }

    @Test
    void apply_shouldKeepTheAskedReps_whenTheNextExerciseStarts() {
        WorkoutSession twelveCurls = play(START_BICEP_FOCUS, new SetReps(12));

        WorkoutSession hammerBriefing = play(twelveCurls,
                Action.READY, new Rate(4), Action.READY, new Rate(4), Action.READY, new Rate(4));
        Transition hammerSet = MACHINE.apply(hammerBriefing, Action.READY);

        assertThat(hammerBriefing.preferences().reps()).isEqualTo(12);
        assertThat(hammerBriefing.completed()).extracting(CompletedSet::reps).containsExactly(12, 12, 12);
        assertThat(hammerSet.events()).containsExactly(new Event.SetCoached(HAMMER_CURL, 1, 2, 12, HAMMER_CURL.tempo()));
    }

    @Test
    void apply_shouldRestForTheAskedSeconds_whenRestIsSetDuringAWorkout() {
        WorkoutSession rating = Situation.RATING.session();

        Transition changed = MACHINE.apply(rating, new SetRest(90));
        Transition rated = MACHINE.apply(changed.session(), new Rate(4));
        WorkoutSession lastCurlCoached = play(rated.session(), Action.READY, new Rate(4), Action.READY);
        Transition betweenExercises = MACHINE.apply(lastCurlCoached, new Rate(4));

        assertThat(changed.events()).containsExactly(new Event.RestChanged(90));
        assertThat(changed.session()).isEqualTo(rating.withPreferences(Preferences.DEFAULT.withRestSeconds(90)));
        assertThat(rated.events()).containsExactly(new Event.RatingTaken(CURL, 4), new Event.RestStarted(CURL, 90, CURL));
        assertThat(betweenExercises.events()).contains(new Event.RestStarted(CURL, 90, HAMMER_CURL));
    }

    @Test
    void apply_shouldRestForTheAskedSecondsInTheChosenWorkout_whenRestIsSetBeforeChoosing() {
        WorkoutSession choosing = WorkoutSession.choosing();

        Transition changed = MACHINE.apply(choosing, new SetRest(45));
        WorkoutSession firstCurlCoached = play(changed.session(), START_BICEP_FOCUS, Action.READY);
        Transition rated = MACHINE.apply(firstCurlCoached, new Rate(4));

        assertThat(changed.events()).containsExactly(new Event.RestChanged(45));
        assertThat(changed.session()).isEqualTo(WorkoutSession.choosing(Preferences.DEFAULT.withRestSeconds(45)));
        assertThat(rated.events()).containsExactly(new Event.RatingTaken(CURL, 4), new Event.RestStarted(CURL, 45, CURL));
    }

    @Test
    void apply_shouldSayBackTheSecondsAndKeepTheRest_whenRestIsOutOfRange() {
        WorkoutSession ninetySeconds = play(Situation.RESTING.session(), new SetRest(90));

        Transition tooLong = MACHINE.apply(ninetySeconds, new SetRest(Preferences.MAX_REST_SECONDS + 1));
        Transition tooShort = MACHINE.apply(ninetySeconds, new SetRest(Preferences.MIN_REST_SECONDS - 1));
        Transition unheard = MACHINE.apply(ninetySeconds, new SetRest(null));

        assertThat(tooLong.events()).containsExactly(new Event.Rejected(Reason.REST_OUT_OF_RANGE, "121"));
        assertThat(tooShort.events()).containsExactly(new Event.Rejected(Reason.REST_OUT_OF_RANGE, "14"));
        assertThat(unheard.events()).containsExactly(new Event.Rejected(Reason.REST_OUT_OF_RANGE, null));
        assertThat(List.of(tooLong.session(), tooShort.session(), unheard.session())).containsOnly(ninetySeconds);
    }

    @Test
    void apply_shouldSwitchBetweenBriefAndFullCues_whenAsked() {
        WorkoutSession briefing = Situation.BRIEFING.session();

        Transition brief = MACHINE.apply(briefing, Action.BRIEF_CUES);
        Transition full = MACHINE.apply(brief.session(), Action.FULL_CUES);

        assertThat(brief.events()).containsExactly(new Event.VerbosityChanged(Preferences.Verbosity.BRIEF));
        assertThat(brief.session()).isEqualTo(briefing.withPreferences(Preferences.DEFAULT.withVerbosity(Preferences.Verbosity.BRIEF)));
        assertThat(full.events()).containsExactly(new Event.VerbosityChanged(Preferences.Verbosity.FULL));
        assertThat(full.session()).isEqualTo(briefing);
    }

    @Test
    void apply_shouldGatherEveryPreferenceAsked_whenAskedOneAfterAnother() {
        WorkoutSession briefing = Situation.BRIEFING.session();

        WorkoutSession asked = play(briefing, ASK_FOR_EVERYTHING);

        assertThat(asked).isEqualTo(briefing.withPreferences(ASKED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waysOnFromAWorkoutWithPreferences")
    void apply_shouldKeepEveryPreference_whenTheWorkoutMovesOn(Command[] movingOn) {
        WorkoutSession asked = briefingWithEveryPreference();

        WorkoutSession movedOn = play(asked, movingOn);

        assertThat(movedOn.preferences()).isEqualTo(ASKED);
    }

    @Test
    void apply_shouldCoachTheNextExerciseWithEveryPreference_whenTheFirstExerciseIsDone() {
        WorkoutSession asked = briefingWithEveryPreference();
        WorkoutSession lastCurlCoached = play(asked, Action.READY, new Rate(4), Action.READY, new Rate(4), Action.READY);

        Transition nextExercise = MACHINE.apply(lastCurlCoached, new Rate(4));
        Transition hammerSet = MACHINE.apply(nextExercise.session(), Action.READY);

        Tempo slower = HAMMER_CURL.tempo().shifted(1);
        assertThat(nextExercise.events()).containsExactly(
                new Event.RatingTaken(CURL, 4),
                new Event.RestStarted(CURL, 90, HAMMER_CURL),
                new Event.ExerciseIntroduced(HAMMER_CURL, 2, 12, slower, false));
        assertThat(hammerSet.events()).containsExactly(new Event.SetCoached(HAMMER_CURL, 1, 2, 12, slower));
        assertThat(hammerSet.session().preferences()).isEqualTo(ASKED);
    }

    @Test
    void apply_shouldIntroduceTheNewWorkoutWithEveryPreference_whenAnotherWorkoutStartsAfterFinishing() {
        WorkoutSession finished = Situation.FINISHED.session().withPreferences(ASKED);

        Transition squats = MACHINE.apply(finished, new StartWorkout("squat_focus", "squat focus"));

        Routine squatFocus = routine("squat_focus");
        Exercise firstSquat = squatFocus.step(0).exercise();
        assertThat(squats.events()).containsExactly(
                new Event.WorkoutStarted(squatFocus),
                new Event.WarmUp(Workouts.CATALOGUE.warmUp(squatFocus)),
                new Event.ExerciseIntroduced(firstSquat, squatFocus.step(0).sets(), 12, firstSquat.tempo().shifted(1), true));
        assertThat(squats.session()).isEqualTo(new WorkoutSession(Phase.BRIEFING, null, "squat_focus", 0, 1, ASKED, List.of()));
    }

    @Test
    void apply_shouldCountWhatIsLeft_whenAskedHowManyLeft() {
        assertThat(MACHINE.apply(Situation.BRIEFING.session(), Action.HOW_MANY_LEFT).events())
                .containsExactly(new Event.Status(CURL, 3, 8, 1));
        assertThat(MACHINE.apply(Situation.RATING.session(), Action.HOW_MANY_LEFT).events())
                .containsExactly(new Event.Status(CURL, 2, 8, 1));
        assertThat(MACHINE.apply(Situation.RESTING.session(), Action.HOW_MANY_LEFT).events())
                .containsExactly(new Event.Status(CURL, 2, 8, 1));
        assertThat(MACHINE.apply(Situation.PAUSED_RATING.session(), Action.HOW_MANY_LEFT).events())
                .containsExactly(new Event.Status(CURL, 2, 8, 1));
        assertThat(MACHINE.apply(play(START_BICEP_FOCUS, Action.SKIP_EXERCISE, Action.YES, new SetReps(6)), Action.HOW_MANY_LEFT).events())
                .containsExactly(new Event.Status(HAMMER_CURL, 2, 6, 0));
    }

    @Test
    void apply_shouldSayGoodbyeWithWhatWasDone_whenStoppedMidWorkout() {
        WorkoutSession afterTwoSets = play(START_BICEP_FOCUS, Action.READY, new Rate(4), Action.READY, new Rate(5));

        Transition transition = MACHINE.apply(afterTwoSets, Action.STOP);

        assertThat(transition.events()).containsExactly(new Event.Goodbye(new Summary(1, 2, 16, 4.5)));
        assertThat(transition.ends()).isTrue();
    }

    @Test
    void apply_shouldSayGoodbyeWithAnEmptySummary_whenUserSaysNoToChoosingAWorkout() {
        WorkoutSession choosing = WorkoutSession.choosing();

        Transition transition = MACHINE.apply(choosing, Action.NO);

        assertThat(transition.events()).containsExactly(new Event.Goodbye(new Summary(0, 0, 0, null)));
        assertThat(transition.ends()).isTrue();
    }

    @Test
    void apply_shouldSayBackWhatWasHeard_whenTheWorkoutIsUnknown() {
        WorkoutSession choosing = WorkoutSession.choosing();

        Transition unresolved = MACHINE.apply(choosing, new StartWorkout(null, "yoga flow"));
        Transition stale = MACHINE.apply(choosing, new StartWorkout("tricep_focus", "tricep focus"));

        assertThat(unresolved.events()).containsExactly(new Event.Rejected(Reason.UNKNOWN_WORKOUT, "yoga flow"));
        assertThat(unresolved.session()).isEqualTo(choosing);
        assertThat(stale.events()).containsExactly(new Event.Rejected(Reason.UNKNOWN_WORKOUT, "tricep focus"));
    }

    @Test
    void apply_shouldSayBackTheNumber_whenRepsAreOutOfRange() {
        WorkoutSession briefing = Situation.BRIEFING.session();

        Transition transition = MACHINE.apply(briefing, new SetReps(21));

        assertThat(transition.events()).containsExactly(new Event.Rejected(Reason.REPS_OUT_OF_RANGE, "21"));
    }

    @Test
    void apply_shouldNotClaimToHaveHeardANumber_whenNoNumberWasHeard() {
        WorkoutSession briefing = Situation.BRIEFING.session();

        Transition rating = MACHINE.apply(briefing, new Rate(null));
        Transition reps = MACHINE.apply(briefing, new SetReps(null));

        assertThat(rating.events()).singleElement().asInstanceOf(type(Event.Rejected.class))
                .extracting(Event.Rejected::heard).isNull();
        assertThat(reps.events()).singleElement().asInstanceOf(type(Event.Rejected.class))
                .extracting(Event.Rejected::heard).isNull();
    }

    @Test
    void resumable_shouldOfferTheBriefingAgainWithThePreferences_whenLeftBeforeTheFirstSet() {
        WorkoutSession left = briefingWithEveryPreference();

        Optional<WorkoutSession> offered = MACHINE.resumable(left);

        assertThat(offered).contains(bicepFocus(Phase.OFFERING_RESUME, Phase.BRIEFING, 0, 1, ASKED, List.of()));
    }

    @Test
    void resumable_shouldOfferTheComingSet_whenLeftWhileResting() {
        WorkoutSession left = Situation.RESTING.session();

        Optional<WorkoutSession> offered = MACHINE.resumable(left);

        assertThat(offered).contains(bicepFocus(Phase.OFFERING_RESUME, Phase.RESTING, 0, 2, Preferences.DEFAULT,
                List.of(new CompletedSet("biceps_curl", 1, 8, 4))));
    }

    @Test
    void resumable_shouldCountTheSetAsDoneUnratedAndOfferTheNextSet_whenLeftBeforeRatingIt() {
        WorkoutSession left = play(START_BICEP_FOCUS, Action.READY, new Rate(4), Action.READY);

        Optional<WorkoutSession> offered = MACHINE.resumable(left);

        assertThat(offered).contains(bicepFocus(Phase.OFFERING_RESUME, Phase.RESTING, 0, 3, Preferences.DEFAULT, List.of(
                new CompletedSet("biceps_curl", 1, 8, 4), new CompletedSet("biceps_curl", 2, 8, null))));
    }

    @Test
    void resumable_shouldKeepTheRatingGiven_whenLeftInRatingWithTheSetAlreadyRated() {
        WorkoutSession unrated = play(START_BICEP_FOCUS, Action.READY, new Rate(4), Action.READY);
        WorkoutSession rated = unrated.ratingLast(5);

        Optional<WorkoutSession> offered = MACHINE.resumable(rated);

        assertThat(rated.phase()).isEqualTo(Phase.RATING);
        assertThat(offered).contains(bicepFocus(Phase.OFFERING_RESUME, Phase.RESTING, 0, 3, Preferences.DEFAULT, List.of(
                new CompletedSet("biceps_curl", 1, 8, 4), new CompletedSet("biceps_curl", 2, 8, 5))));
    }

    @Test
    void resumable_shouldOfferTheNextExercise_whenLeftBeforeRatingTheLastSetOfAnExercise() {
        WorkoutSession left = play(START_BICEP_FOCUS, Action.READY, new Rate(4), Action.READY, new Rate(4), Action.READY);

        Optional<WorkoutSession> offered = MACHINE.resumable(left);

        assertThat(offered).contains(bicepFocus(Phase.OFFERING_RESUME, Phase.BRIEFING, 1, 1, Preferences.DEFAULT, List.of(
                new CompletedSet("biceps_curl", 1, 8, 4), new CompletedSet("biceps_curl", 2, 8, 4),
                new CompletedSet("biceps_curl", 3, 8, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sessionsLeftAtTheWorkoutsLastSet")
    void resumable_shouldOfferNothing_whenLeftAfterTheWorkoutsLastSet(WorkoutSession left) {
        Optional<WorkoutSession> offered = MACHINE.resumable(left);

        assertThat(offered).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pausedSessionsAndTheirOffer")
    void resumable_shouldOfferWhereThePausedWorkoutStood_whenLeftPaused(Situation paused, WorkoutSession expected) {
        WorkoutSession left = paused.session();

        Optional<WorkoutSession> offered = MACHINE.resumable(left);

        assertThat(offered).contains(expected);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Situation.class, names = {"OFFERING_RESUME_BRIEFING", "OFFERING_RESUME_RESTING"})
    void resumable_shouldOfferTheSameAgain_whenTheOfferWasLeftUnanswered(Situation offeredBefore) {
        WorkoutSession left = offeredBefore.session();

        Optional<WorkoutSession> offered = MACHINE.resumable(left);

        assertThat(offered).contains(left);
    }

    @Test
    void resumable_shouldCountTheSetAsDone_whenAnOfferAtARatingWasLeftUnanswered() {
        WorkoutSession left = Situation.OFFERING_RESUME_RATING.session();

        Optional<WorkoutSession> offered = MACHINE.resumable(left);

        assertThat(offered).contains(Situation.OFFERING_RESUME_RESTING.session().ratingLast(null));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Situation.class, names = {"CHOOSING", "FINISHED"})
    void resumable_shouldOfferNothing_whenNoWorkoutIsUnderWay(Situation situation) {
        WorkoutSession left = situation.session().withPreferences(ASKED);

        Optional<WorkoutSession> offered = MACHINE.resumable(left);

        assertThat(offered).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptedSessions")
    void resumable_shouldOfferNothing_whenTheStoredSessionIsCorrupted(WorkoutSession corrupted) {
        Optional<WorkoutSession> offered = assertDoesNotThrow(() -> MACHINE.resumable(corrupted));

        assertThat(offered).isEmpty();
    }

    @Test
    void apply_shouldPickUpWhereTheUserLeftOffWithTheirPreferences_whenTheOfferIsAccepted() {
        WorkoutSession left = play(briefingWithEveryPreference(), Action.READY, new Rate(4));
        WorkoutSession offered = MACHINE.resumable(left).orElseThrow();

        Transition accepted = MACHINE.apply(offered, Action.YES);
        Transition setTwo = MACHINE.apply(accepted.session(), Action.READY);

        assertThat(accepted.events()).containsExactly(new Event.Resumed());
        assertThat(accepted.session()).isEqualTo(left);
        assertThat(setTwo.events()).containsExactly(new Event.SetCoached(CURL, 2, 3, 12, CURL.tempo().shifted(1)));
    }

    @Test
    void apply_shouldGoBackToTheChoiceKeepingThePreferences_whenTheOfferIsDeclined() {
        WorkoutSession left = play(briefingWithEveryPreference(), Action.READY, new Rate(4));
        WorkoutSession offered = MACHINE.resumable(left).orElseThrow();

        Transition declined = MACHINE.apply(offered, Action.NO);
        Transition squats = MACHINE.apply(declined.session(), new StartWorkout("squat", "squats"));

        assertThat(declined.events()).containsExactly(new Event.ResumeDeclined());
        assertThat(declined.session()).isEqualTo(WorkoutSession.choosing(ASKED));
        assertThat(declined.ends()).isFalse();
        assertThat(squats.events()).last().isEqualTo(
                new Event.ExerciseIntroduced(exercise("squat"), routine("squat").step(0).sets(), 12,
                        exercise("squat").tempo().shifted(1), true));
    }

    @Test
    void apply_shouldStartTheNamedWorkoutFresh_whenAnotherWorkoutIsNamedInsteadOfResuming() {
        WorkoutSession offered = MACHINE.resumable(Situation.RESTING.session().withPreferences(ASKED)).orElseThrow();

        Transition transition = MACHINE.apply(offered, new StartWorkout("squat_focus", "squat focus"));

        assertThat(transition.events()).first().isEqualTo(new Event.WorkoutStarted(routine("squat_focus")));
        assertThat(transition.session()).isEqualTo(new WorkoutSession(Phase.BRIEFING, null, "squat_focus", 0, 1, ASKED, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corruptedSessions")
    void apply_shouldStartAgainFromTheChoice_whenTheSessionIsCorrupted(WorkoutSession corrupted) {
        Transition transition = assertDoesNotThrow(() -> MACHINE.apply(corrupted, Action.HELP));

        assertThat(transition.session()).isEqualTo(WorkoutSession.choosing());
        assertThat(transition.events()).containsExactly(new Event.Help(Phase.CHOOSING));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("corruptedSessionsWithEveryCommand")
    void apply_shouldAnswerAsIfChoosing_whenTheSessionIsCorrupted(WorkoutSession corrupted, Command command) {
        Transition transition = assertDoesNotThrow(() -> MACHINE.apply(corrupted, command));

        assertThat(transition).as("exactly what a fresh choice answers: same session, events and end")
                .isEqualTo(MACHINE.apply(WorkoutSession.choosing(), command));
    }

    @Test
    void apply_shouldKeepTheStartedWorkout_whenAChoosingSessionCarriesAnOutOfRangeTempoShift() {
        WorkoutSession staleChoosing = WorkoutSession.choosing(Preferences.DEFAULT.withTempoShift(Tempo.MAX_SHIFT + 3));

        Transition started = MACHINE.apply(staleChoosing, START_BICEP_FOCUS);
        Transition firstSet = MACHINE.apply(started.session(), Action.READY);

        assertSoftly(softly -> {
            softly.assertThat(firstSet.events()).as("the next turn").singleElement().isInstanceOf(Event.SetCoached.class);
            softly.assertThat(started.session().preferences().tempoShift()).as("the started workout's tempo shift")
                    .isBetween(Tempo.MIN_SHIFT, Tempo.MAX_SHIFT);
        });
    }

    static Stream<String> everyWorkoutId() {
        return Stream.concat(CATALOGUE.routines().stream().map(Routine::id),
                CATALOGUE.exercises().stream().map(Exercise::id));
    }

    static Stream<Arguments> waysOnFromAWorkoutWithPreferences() {
        return Stream.of(
                movingOn("start over", Action.START_OVER, Action.YES),
                movingOn("another workout", new StartWorkout("squat_focus", "squat focus"), Action.YES),
                movingOn("next exercise after its last set", Action.READY, new Rate(4), Action.READY, new Rate(4),
                        Action.READY, new Rate(4)),
                movingOn("exercise skipped", Action.SKIP_EXERCISE, Action.YES),
                movingOn("paused and resumed", Action.PAUSE, Action.RESUME),
                movingOn("finished, then another workout", Action.SKIP_EXERCISE, Action.YES, Action.SKIP_EXERCISE, Action.YES,
                        new StartWorkout("squat_focus", "squat focus")));
    }

    static Stream<Arguments> sessionsLeftAtTheWorkoutsLastSet() {
        WorkoutSession lastSetCoached = play(START_BICEP_FOCUS, Action.SKIP_EXERCISE, Action.YES, Action.READY, new Rate(4), Action.READY);
        return Stream.of(
                corrupted("unrated", lastSetCoached),
                corrupted("rated", lastSetCoached.ratingLast(5)),
                corrupted("paused before rating", play(lastSetCoached, Action.PAUSE)),
                corrupted("offered at its rating", lastSetCoached.holding(Phase.OFFERING_RESUME)));
    }

    static Stream<Arguments> pausedSessionsAndTheirOffer() {
        List<CompletedSet> firstSet = List.of(new CompletedSet("biceps_curl", 1, 8, 4));
        List<CompletedSet> firstSetUnrated = List.of(new CompletedSet("biceps_curl", 1, 8, null));
        return Stream.of(
                Arguments.of(Situation.PAUSED_BRIEFING,
                        bicepFocus(Phase.OFFERING_RESUME, Phase.BRIEFING, 0, 1, Preferences.DEFAULT, List.of())),
                Arguments.of(Situation.PAUSED_RATING,
                        bicepFocus(Phase.OFFERING_RESUME, Phase.RESTING, 0, 2, Preferences.DEFAULT, firstSetUnrated)),
                Arguments.of(Situation.PAUSED_RESTING,
                        bicepFocus(Phase.OFFERING_RESUME, Phase.RESTING, 0, 2, Preferences.DEFAULT, firstSet)));
    }

    static Stream<Arguments> corruptedSessions() {
        List<CompletedSet> none = List.of();
        List<CompletedSet> oneSet = List.of(new CompletedSet("biceps_curl", 1, 8, null));
        Preferences fine = Preferences.DEFAULT;
        return Stream.of(
                corrupted("no session", null),
                corrupted("no phase", bicepFocus(null, null, 0, 1, fine, none)),
                corrupted("no routine", new WorkoutSession(Phase.BRIEFING, null, null, 0, 1, fine, none)),
                corrupted("unknown routine", new WorkoutSession(Phase.BRIEFING, null, "tricep_focus", 0, 1, fine, none)),
                corrupted("exercise index past the end", bicepFocus(Phase.BRIEFING, null, 2, 1, fine, none)),
                corrupted("negative exercise index", bicepFocus(Phase.RESTING, null, -1, 1, fine, none)),
                corrupted("set zero", bicepFocus(Phase.RESTING, null, 0, 0, fine, none)),
                corrupted("set past the plan", bicepFocus(Phase.RESTING, null, 0, 4, fine, oneSet)),
                corrupted("paused from nowhere", bicepFocus(Phase.PAUSED, null, 0, 1, fine, none)),
                corrupted("paused from paused", bicepFocus(Phase.PAUSED, Phase.PAUSED, 0, 1, fine, none)),
                corrupted("paused from finished", bicepFocus(Phase.PAUSED, Phase.FINISHED, 1, 2, fine, oneSet)),
                corrupted("paused from choosing", bicepFocus(Phase.PAUSED, Phase.CHOOSING, 0, 1, fine, none)),
                corrupted("paused from an offer", bicepFocus(Phase.PAUSED, Phase.OFFERING_RESUME, 0, 1, fine, none)),
                corrupted("offered from nowhere", bicepFocus(Phase.OFFERING_RESUME, null, 0, 1, fine, none)),
                corrupted("offered from an offer", bicepFocus(Phase.OFFERING_RESUME, Phase.OFFERING_RESUME, 0, 1, fine, none)),
                corrupted("offered from paused", bicepFocus(Phase.OFFERING_RESUME, Phase.PAUSED, 0, 1, fine, none)),
                corrupted("offered from finished", bicepFocus(Phase.OFFERING_RESUME, Phase.FINISHED, 1, 2, fine, oneSet)),
                corrupted("offered from choosing", bicepFocus(Phase.OFFERING_RESUME, Phase.CHOOSING, 0, 1, fine, none)),
                corrupted("offered for an unknown routine",
                        new WorkoutSession(Phase.OFFERING_RESUME, Phase.BRIEFING, "tricep_focus", 0, 1, fine, none)),
                corrupted("rating with no set done", bicepFocus(Phase.RATING, null, 0, 1, fine, none)),
                corrupted("paused rating with no set done", bicepFocus(Phase.PAUSED, Phase.RATING, 0, 1, fine, null)),
                corrupted("offered rating with no set done", bicepFocus(Phase.OFFERING_RESUME, Phase.RATING, 0, 1, fine, none)));
    }

    /** Sessions whose workout is sound but whose preferences are outside today's limits. */
    static Stream<Arguments> outOfRangePreferences() {
        List<CompletedSet> none = List.of();
        List<CompletedSet> oneSet = List.of(new CompletedSet("biceps_curl", 1, 8, null));
        Preferences fine = Preferences.DEFAULT;
        return Stream.of(
                Arguments.of("tempo beyond the limit", bicepFocus(Phase.BRIEFING, null, 0, 1, fine.withTempoShift(Tempo.MAX_SHIFT + 1), none)),
                Arguments.of("reps beyond the limit",
                        bicepFocus(Phase.BRIEFING, null, 0, 1, fine.withReps(WorkoutStateMachine.MAX_REPS + 1), none)),
                Arguments.of("negative reps", bicepFocus(Phase.BRIEFING, null, 0, 1, fine.withReps(-1), none)),
                Arguments.of("rest too short", bicepFocus(Phase.RESTING, null, 0, 2, fine.withRestSeconds(Preferences.MIN_REST_SECONDS - 1), oneSet)),
                Arguments.of("rest too long", bicepFocus(Phase.RESTING, null, 0, 2, fine.withRestSeconds(Preferences.MAX_REST_SECONDS + 1), oneSet)),
                Arguments.of("negative rest", bicepFocus(Phase.BRIEFING, null, 0, 1, fine.withRestSeconds(-30), none)),
                Arguments.of("offered with rest too long",
                        bicepFocus(Phase.OFFERING_RESUME, Phase.RESTING, 0, 2, fine.withRestSeconds(Preferences.MAX_REST_SECONDS + 1), oneSet)));
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRangePreferences")
    void apply_shouldResetOnlyThePreferences_whenTheyAreOutOfRange(String why, WorkoutSession stale) {
        Transition transition = MACHINE.apply(stale, Action.HELP);

        assertThat(transition.session()).isEqualTo(stale.withPreferences(Preferences.DEFAULT));
        assertThat(MACHINE.resumable(stale)).as("the workout can still be resumed").isPresent()
                .get().extracting(WorkoutSession::preferences).isEqualTo(Preferences.DEFAULT);
    }

    static Stream<Arguments> corruptedSessionsWithEveryCommand() {
        List<Command> commands = new ArrayList<>(List.of(Action.values()));
        commands.addAll(List.of(new Rate(4), new Rate(null), new SetReps(10), new SetRest(60), new StartWorkout(null, "yoga")));
        return corruptedSessions().flatMap(session -> commands.stream()
                .map(command -> Arguments.of(session.get()[0], named(command.toString(), command))));
    }

    /** Bicep focus just started, every preference asked for. */
    private static WorkoutSession briefingWithEveryPreference() {
        return play(Situation.BRIEFING.session(), ASK_FOR_EVERYTHING);
    }

    private static Arguments movingOn(String name, Command... commands) {
        return Arguments.of(named(name, commands));
    }

    private static Arguments corrupted(String name, WorkoutSession session) {
        return Arguments.of(named(name, session));
    }

    private static WorkoutSession bicepFocus(Phase phase, Phase pausedFrom, int exerciseIndex, int setNumber,
            Preferences preferences, List<CompletedSet> completed) {
        return new WorkoutSession(phase, pausedFrom, "bicep_focus", exerciseIndex, setNumber, preferences, completed);
    }

    /** A change that drops what the workout has so far is asked first; this answers yes. */
    private static Transition confirmed(WorkoutSession session, Command change) {
        Transition asked = MACHINE.apply(session, change);
        assertThat(asked.events()).singleElement().isInstanceOf(Event.ChangeAsked.class);
        assertThat(asked.session().phase()).isEqualTo(Phase.CONFIRMING);
        return MACHINE.apply(asked.session(), Action.YES);
    }
}
