package com.mindmusclecoach.workout;

import com.mindmusclecoach.workout.Command.Action;
import com.mindmusclecoach.workout.Command.Rate;
import com.mindmusclecoach.workout.Command.SetReps;
import com.mindmusclecoach.workout.Command.StartWorkout;
import com.mindmusclecoach.workout.Event.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
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

    @Test
    void apply_shouldIntroduceTheFirstExercise_whenAKnownWorkoutStarts() {
        WorkoutSession choosing = WorkoutSession.choosing();

        Transition transition = MACHINE.apply(choosing, START_BICEP_FOCUS);

        assertThat(transition.events()).containsExactly(
                new Event.WorkoutStarted(BICEP_FOCUS),
                new Event.ExerciseIntroduced(CURL, 3, 8, CURL.tempo(), true));
        assertThat(transition.session()).isEqualTo(
                new WorkoutSession(Phase.BRIEFING, null, "bicep_focus", 0, 1, 0, 0, List.of()));
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
        assertThat(transition.ends()).isTrue();
        assertThat(transition.session().phase()).isEqualTo(Phase.FINISHED);
        assertThat(transition.events()).containsExactly(
                new Event.RatingTaken(HAMMER_CURL, 5),
                new Event.WorkoutFinished(BICEP_FOCUS, new Summary(2, 5, 44, 4.2)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyWorkoutId")
    void apply_shouldCoachExactlyThePlannedSetsAndReps_whenAnyWorkoutIsPlayedThrough(String id) {
        Routine routine = routine(id);
        Transition transition = MACHINE.apply(WorkoutSession.choosing(), new StartWorkout(id, id));

        for (int turn = 0; turn < 4 * routine.totalSets() && !transition.ends(); turn++) {
            Phase phase = transition.session().phase();
            transition = MACHINE.apply(transition.session(), phase == Phase.RATING ? new Rate(4) : Action.READY);
        }

        List<CompletedSet> planned = routine.steps().stream()
                .flatMap(step -> IntStream.rangeClosed(1, step.sets())
                        .mapToObj(set -> new CompletedSet(step.exercise().id(), set, step.reps(), 4)))
                .toList();
        assertThat(transition.session().completed()).containsExactlyElementsOf(planned);
        assertThat(transition.ends()).isTrue();
        assertThat(transition.events()).last().isEqualTo(new Event.WorkoutFinished(routine, Summary.of(planned)));
    }

    @Test
    void apply_shouldRestThenIntroduceTheNextExercise_whenTheLastSetOfAnExerciseIsRated() {
        WorkoutSession lastCurlCoached = play(START_BICEP_FOCUS,
                Action.READY, new Rate(4), Action.READY, new Rate(4), Action.READY);

        Transition transition = MACHINE.apply(lastCurlCoached, new Rate(5));

        assertThat(transition.events()).containsExactly(
                new Event.RatingTaken(CURL, 5),
                new Event.RestStarted(CURL, BICEP_FOCUS.restSeconds()),
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
                new Event.RatingTaken(CURL, null), new Event.RestStarted(CURL, BICEP_FOCUS.restSeconds()));
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
    void apply_shouldSkipTheComingSet_whenUserSaysNextWhileResting() {
        WorkoutSession restingBeforeSetTwo = Situation.RESTING.session();

        Transition skippedTwo = MACHINE.apply(restingBeforeSetTwo, Action.NEXT);
        Transition skippedThree = MACHINE.apply(skippedTwo.session(), Action.NEXT);

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

        Transition transition = MACHINE.apply(rating, Action.SKIP_EXERCISE);

        assertThat(transition.events()).containsExactly(
                new Event.ExerciseSkipped(CURL),
                new Event.ExerciseIntroduced(HAMMER_CURL, 2, 10, HAMMER_CURL.tempo(), false));
        assertThat(transition.session()).isEqualTo(new WorkoutSession(Phase.BRIEFING, null, "bicep_focus", 1, 1, 0, 0,
                List.of(new CompletedSet("biceps_curl", 1, 8, null))));
    }

    @Test
    void apply_shouldFinishTheWorkout_whenTheLastExerciseIsSkipped() {
        WorkoutSession hammerBriefing = play(START_BICEP_FOCUS, Action.READY, new Rate(4), Action.SKIP_EXERCISE);

        Transition transition = MACHINE.apply(hammerBriefing, Action.SKIP_EXERCISE);

        assertThat(transition.events()).containsExactly(
                new Event.ExerciseSkipped(HAMMER_CURL),
                new Event.WorkoutFinished(BICEP_FOCUS, new Summary(1, 1, 8, 4.0)));
        assertThat(transition.session().phase()).isEqualTo(Phase.FINISHED);
        assertThat(transition.ends()).isTrue();
    }

    @Test
    void apply_shouldGoBackToTheFirstSetAndForgetTheSetsDone_butKeepPreferences_whenStartingOver() {
        WorkoutSession midHammerCurls = play(START_BICEP_FOCUS, Action.SLOWER, Action.READY, new Rate(4),
                Action.SKIP_EXERCISE, new SetReps(12), Action.READY, new Rate(5));

        Transition transition = MACHINE.apply(midHammerCurls, Action.START_OVER);

        assertThat(transition.events()).containsExactly(
                new Event.StartedOver(BICEP_FOCUS),
                new Event.ExerciseIntroduced(CURL, 3, 12, CURL.tempo().shifted(1), true));
        assertThat(transition.session()).isEqualTo(
                new WorkoutSession(Phase.BRIEFING, null, "bicep_focus", 0, 1, 12, 1, List.of()));
    }

    @Test
    void apply_shouldReplaceTheWorkoutUnderWay_whenAnotherWorkoutIsStarted() {
        WorkoutSession restingInBicepFocus = Situation.RESTING.session();

        Transition transition = MACHINE.apply(restingInBicepFocus, new StartWorkout("squat_focus", "squat focus"));

        assertThat(transition.events()).first().isEqualTo(new Event.WorkoutStarted(routine("squat_focus")));
        assertThat(transition.session()).isEqualTo(
                new WorkoutSession(Phase.BRIEFING, null, "squat_focus", 0, 1, 0, 0, List.of()));
    }

    @Test
    void apply_shouldSlowDownUntilTheLimit_whenAskedSlowerRepeatedly() {
        WorkoutSession session = Situation.BRIEFING.session();

        for (int shift = 1; shift <= Tempo.MAX_SHIFT; shift++) {
            Transition slower = MACHINE.apply(session, Action.SLOWER);
            assertThat(slower.events()).containsExactly(new Event.TempoChanged(CURL.tempo().shifted(shift), true));
            session = slower.session();
        }
        Transition atLimit = MACHINE.apply(session, Action.SLOWER);

        assertThat(atLimit.events()).containsExactly(new Event.Rejected(Reason.TEMPO_AT_LIMIT, "slower"));
        assertThat(atLimit.session().tempoShift()).isEqualTo(Tempo.MAX_SHIFT);
    }

    @Test
    void apply_shouldSpeedUpUntilTheLimit_whenAskedFasterRepeatedly() {
        WorkoutSession session = Situation.BRIEFING.session();

        for (int shift = -1; shift >= Tempo.MIN_SHIFT; shift--) {
            Transition faster = MACHINE.apply(session, Action.FASTER);
            assertThat(faster.events()).containsExactly(new Event.TempoChanged(CURL.tempo().shifted(shift), false));
            session = faster.session();
        }
        Transition atLimit = MACHINE.apply(session, Action.FASTER);

        assertThat(atLimit.events()).containsExactly(new Event.Rejected(Reason.TEMPO_AT_LIMIT, "faster"));
        assertThat(atLimit.session().tempoShift()).isEqualTo(Tempo.MIN_SHIFT);
    }

    @Test
    void apply_shouldKeepTheNewTempoForLaterSetsExercisesAndWorkouts_whenAskedSlower() {
        WorkoutSession slowerInBriefing = play(START_BICEP_FOCUS, Action.SLOWER);

        Transition set = MACHINE.apply(slowerInBriefing, Action.READY);
        Transition nextExercise = MACHINE.apply(set.session(), Action.SKIP_EXERCISE);
        Transition nextWorkout = MACHINE.apply(nextExercise.session(), new StartWorkout("squat", "squats"));

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

        assertThat(transition.events()).containsExactly(new Event.TempoChanged(null, true));
        assertThat(transition.session()).isEqualTo(new WorkoutSession(Phase.CHOOSING, null, null, 0, 1, 0, 1, List.of()));
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

        assertThat(hammerBriefing.repsOverride()).isEqualTo(12);
        assertThat(hammerBriefing.completed()).extracting(CompletedSet::reps).containsExactly(12, 12, 12);
        assertThat(hammerSet.events()).containsExactly(new Event.SetCoached(HAMMER_CURL, 1, 2, 12, HAMMER_CURL.tempo()));
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
        assertThat(MACHINE.apply(play(START_BICEP_FOCUS, Action.NEXT, new SetReps(6)), Action.HOW_MANY_LEFT).events())
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

        assertThat(transition.session().phase()).isEqualTo(Phase.CHOOSING);
    }

    @Test
    void apply_shouldKeepTheStartedWorkout_whenAChoosingSessionCarriesAnOutOfRangeTempoShift() {
        WorkoutSession staleChoosing = new WorkoutSession(Phase.CHOOSING, null, null, 0, 1, 0, Tempo.MAX_SHIFT + 3, List.of());

        Transition started = MACHINE.apply(staleChoosing, START_BICEP_FOCUS);
        Transition firstSet = MACHINE.apply(started.session(), Action.READY);

        assertSoftly(softly -> {
            softly.assertThat(firstSet.events()).as("the next turn").singleElement().isInstanceOf(Event.SetCoached.class);
            softly.assertThat(started.session().tempoShift()).as("the started workout's tempo shift")
                    .isBetween(Tempo.MIN_SHIFT, Tempo.MAX_SHIFT);
        });
    }

    static Stream<String> everyWorkoutId() {
        return Stream.concat(CATALOGUE.routines().stream().map(Routine::id),
                CATALOGUE.exercises().stream().map(Exercise::id));
    }

    static Stream<Arguments> corruptedSessions() {
        List<CompletedSet> oneSet = List.of(new CompletedSet("biceps_curl", 1, 8, null));
        return Stream.of(
                corrupted("no session", null),
                corrupted("no phase", new WorkoutSession(null, null, "bicep_focus", 0, 1, 0, 0, List.of())),
                corrupted("no routine", new WorkoutSession(Phase.BRIEFING, null, null, 0, 1, 0, 0, List.of())),
                corrupted("unknown routine", new WorkoutSession(Phase.BRIEFING, null, "tricep_focus", 0, 1, 0, 0, List.of())),
                corrupted("exercise index past the end", new WorkoutSession(Phase.BRIEFING, null, "bicep_focus", 2, 1, 0, 0, List.of())),
                corrupted("negative exercise index", new WorkoutSession(Phase.RESTING, null, "bicep_focus", -1, 1, 0, 0, List.of())),
                corrupted("set zero", new WorkoutSession(Phase.RESTING, null, "bicep_focus", 0, 0, 0, 0, List.of())),
                corrupted("set past the plan", new WorkoutSession(Phase.RESTING, null, "bicep_focus", 0, 4, 0, 0, oneSet)),
                corrupted("paused from nowhere", new WorkoutSession(Phase.PAUSED, null, "bicep_focus", 0, 1, 0, 0, List.of())),
                corrupted("paused from paused", new WorkoutSession(Phase.PAUSED, Phase.PAUSED, "bicep_focus", 0, 1, 0, 0, List.of())),
                corrupted("paused from finished", new WorkoutSession(Phase.PAUSED, Phase.FINISHED, "bicep_focus", 1, 2, 0, 0, oneSet)),
                corrupted("paused from choosing", new WorkoutSession(Phase.PAUSED, Phase.CHOOSING, "bicep_focus", 0, 1, 0, 0, List.of())),
                corrupted("rating with no set done", new WorkoutSession(Phase.RATING, null, "bicep_focus", 0, 1, 0, 0, List.of())),
                corrupted("paused rating with no set done", new WorkoutSession(Phase.PAUSED, Phase.RATING, "bicep_focus", 0, 1, 0, 0, null)),
                corrupted("tempo beyond the limit", new WorkoutSession(Phase.BRIEFING, null, "bicep_focus", 0, 1, 0, Tempo.MAX_SHIFT + 1, List.of())),
                corrupted("reps beyond the limit", new WorkoutSession(Phase.BRIEFING, null, "bicep_focus", 0, 1, WorkoutStateMachine.MAX_REPS + 1, 0, List.of())),
                corrupted("negative reps", new WorkoutSession(Phase.BRIEFING, null, "bicep_focus", 0, 1, -1, 0, List.of())));
    }

    static Stream<Arguments> corruptedSessionsWithEveryCommand() {
        List<Command> commands = new ArrayList<>(List.of(Action.values()));
        commands.addAll(List.of(new Rate(4), new Rate(null), new SetReps(10), new StartWorkout(null, "yoga")));
        return corruptedSessions().flatMap(session -> commands.stream()
                .map(command -> Arguments.of(session.get()[0], named(command.toString(), command))));
    }

    private static Arguments corrupted(String name, WorkoutSession session) {
        return Arguments.of(named(name, session));
    }
}
