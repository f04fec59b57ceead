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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.mindmusclecoach.workout.Workouts.MACHINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/**
 * Every (phase, command) pair of the workout state machine, against one table of intended outcomes.
 * The sessions are the {@link Situation}s of a bicep focus workout; the commands are every {@link Action}, every
 * legal rating and some illegal ones, reps and rest in and out of range, and workouts known and unknown.
 */
class WorkoutStateMachineEveryPairTest {

    /**
     * situations ({@code *} = all; {@code PAUSED_*} = paused from briefing, rating or resting; {@code OFFERING_RESUME_*}
     * = offered for resuming at briefing, rating or resting; {@code CONFIRMING_*} = asked to confirm a change while
     * briefing, rating or resting; {@code UNASKED} = all but those; {@code -NAME} takes one out again) | commands |
     * outcome, where outcome is
     * {@code rejected REASON} (session unchanged), {@code ends Event} (session unchanged, conversation ends),
     * {@code ends-at PHASE Event} (the conversation ends with the workout left in PHASE),
     * {@code stays Event...} (same phase and position, only preferences may change; with no events, the same session)
     * or {@code PHASE Event...}: the next phase and the events in order.
     */
    private static final String OUTCOMES = """
            CHOOSING BRIEFING PAUSED_BRIEFING OFFERING_RESUME_* AFTER_PAIN PAUSED_AFTER_PAIN COOLING_DOWN FINISHED | Start(bicep_focus) | BRIEFING WorkoutStarted WarmUp ExerciseIntroduced
            SWITCHING_SIDES                                     | Start(bicep_focus)                | BRIEFING WorkoutStarted WarmUp ExerciseIntroduced
            CONFIRMING_BRIEFING                                 | Start(bicep_focus)                | BRIEFING WorkoutStarted WarmUp ExerciseIntroduced
            RATING RESTING PAUSED_RATING PAUSED_RESTING         | Start(bicep_focus)                | CONFIRMING ChangeAsked
            CONFIRMING_RATING CONFIRMING_RESTING                | Start(bicep_focus)                | CONFIRMING ChangeAsked
            UNASKED                                             | Start(yoga) Unresolved(yoga)      | rejected UNKNOWN_WORKOUT
            CONFIRMING_BRIEFING                                 | Start(yoga) Unresolved(yoga)      | BRIEFING Rejected
            CONFIRMING_RATING                                   | Start(yoga) Unresolved(yoga)      | RATING Rejected
            CONFIRMING_RESTING                                  | Start(yoga) Unresolved(yoga)      | RESTING Rejected

            RATING PAUSED_RATING OFFERING_RESUME_RATING         | Rate(1,2,3,4,5)                   | RESTING RatingTaken RestStarted
            CONFIRMING_RATING                                   | Rate(1,2,3,4,5)                   | RESTING RatingTaken RestStarted
            RATING PAUSED_RATING OFFERING_RESUME_RATING         | Rate(0,11,-3)                     | rejected RATING_OUT_OF_RANGE
            RATING PAUSED_RATING OFFERING_RESUME_RATING         | Rate(null)                        | rejected RATING_NEEDS_NUMBER
            CONFIRMING_RATING                                   | Rate(0,11,-3,null)                | RATING Rejected
            CHOOSING BRIEFING RESTING AFTER_PAIN COOLING_DOWN FINISHED | Rate(1,2,3,4,5,0,11,-3,null) | rejected NOT_RATING_NOW
            SWITCHING_SIDES                                     | Rate(1,2,3,4,5,0,11,-3,null)      | rejected NOT_RATING_NOW
            PAUSED_BRIEFING PAUSED_RESTING PAUSED_AFTER_PAIN    | Rate(1,2,3,4,5,0,11,-3,null)      | rejected NOT_RATING_NOW
            OFFERING_RESUME_BRIEFING OFFERING_RESUME_RESTING    | Rate(1,2,3,4,5,0,11,-3,null)      | rejected NOT_RATING_NOW
            CONFIRMING_BRIEFING                                 | Rate(1,2,3,4,5,0,11,-3,null)      | BRIEFING Rejected
            CONFIRMING_RESTING                                  | Rate(1,2,3,4,5,0,11,-3,null)      | RESTING Rejected

            UNASKED                                             | SetReps(1,10,20)                  | stays RepsChanged
            UNASKED                                             | SetReps(0,21,1000)                | rejected REPS_OUT_OF_RANGE
            UNASKED                                             | SetReps(null)                     | rejected REPS_NEED_NUMBER
            UNASKED                                             | SetRest(15,60,120)                | stays RestChanged
            UNASKED                                             | SetRest(14,121,0,null)            | rejected REST_OUT_OF_RANGE
            CONFIRMING_BRIEFING                                 | SetReps(1,10,20)                  | BRIEFING RepsChanged
            CONFIRMING_RATING                                   | SetReps(1,10,20)                  | RATING RepsChanged
            CONFIRMING_RESTING                                  | SetReps(1,10,20)                  | RESTING RepsChanged
            CONFIRMING_BRIEFING                                 | SetRest(15,60,120)                | BRIEFING RestChanged
            CONFIRMING_RATING                                   | SetRest(15,60,120)                | RATING RestChanged
            CONFIRMING_RESTING                                  | SetRest(15,60,120)                | RESTING RestChanged
            CONFIRMING_BRIEFING          | SetReps(0,21,1000,null) SetRest(14,121,0,null) | BRIEFING Rejected
            CONFIRMING_RATING            | SetReps(0,21,1000,null) SetRest(14,121,0,null) | RATING Rejected
            CONFIRMING_RESTING           | SetReps(0,21,1000,null) SetRest(14,121,0,null) | RESTING Rejected

            CHOOSING COOLING_DOWN FINISHED                      | Pain(knee,null)                   | stays PainHeard
            CHOOSING COOLING_DOWN FINISHED                      | Pain(dizzy)                       | ends PainHeard
            BRIEFING RATING RESTING PAUSED_* OFFERING_RESUME_* CONFIRMING_* AFTER_PAIN | Pain(knee,null) | AFTER_PAIN PainHeard
            BRIEFING RATING RESTING PAUSED_* OFFERING_RESUME_* CONFIRMING_* AFTER_PAIN | Pain(dizzy)     | ends-at AFTER_PAIN PainHeard

            RATING PAUSED_RATING OFFERING_RESUME_RATING CONFIRMING_RATING | Done(6,8)               | RATING RepsCorrected
            RATING PAUSED_RATING OFFERING_RESUME_RATING         | Done(9,0)                         | rejected REPS_DONE_OUT_OF_RANGE
            RATING PAUSED_RATING OFFERING_RESUME_RATING         | Done(null)                        | rejected REPS_DONE_NEED_NUMBER
            CONFIRMING_RATING                                   | Done(9,0,null)                    | RATING Rejected
            CHOOSING BRIEFING RESTING AFTER_PAIN COOLING_DOWN FINISHED | Done(6,8,9,0,null)         | rejected REPS_DONE_NOT_NOW
            SWITCHING_SIDES                                     | Done(6,8,9,0,null)                | rejected REPS_DONE_NOT_NOW
            PAUSED_BRIEFING PAUSED_RESTING PAUSED_AFTER_PAIN    | Done(6,8,9,0,null)                | rejected REPS_DONE_NOT_NOW
            OFFERING_RESUME_BRIEFING OFFERING_RESUME_RESTING    | Done(6,8,9,0,null)                | rejected REPS_DONE_NOT_NOW
            CONFIRMING_BRIEFING                                 | Done(6,8,9,0,null)                | BRIEFING Rejected
            CONFIRMING_RESTING                                  | Done(6,8,9,0,null)                | RESTING Rejected

            CHOOSING                                            | READY YES NEXT SKIP SKIP_EXERCISE | rejected NO_WORKOUT_YET
            CHOOSING                                            | PAUSE RESUME START_OVER           | rejected NO_WORKOUT_YET
            CHOOSING                                            | HOW_MANY_LEFT TOO_HARD TOO_EASY   | rejected NO_WORKOUT_YET
            FINISHED                                            | READY YES NEXT SKIP SKIP_EXERCISE | rejected WORKOUT_FINISHED
            FINISHED                                            | PAUSE RESUME REPEAT HOW_MANY_LEFT | rejected WORKOUT_FINISHED
            COOLING_DOWN FINISHED                               | TOO_HARD TOO_EASY                 | rejected WORKOUT_FINISHED
            COOLING_DOWN                                        | SKIP_EXERCISE PAUSE HOW_MANY_LEFT | rejected WORKOUT_FINISHED
            COOLING_DOWN                                        | READY YES RESUME                  | ends-at FINISHED CoolDown Closing
            COOLING_DOWN                                        | NO NEXT SKIP STOP                 | ends-at FINISHED Closing
            COOLING_DOWN                                        | REPEAT                            | stays

            BRIEFING                                            | SKIP_WARM_UP                      | stays WarmUpSkipped ExerciseIntroduced

            SWITCHING_SIDES                                     | Pain(knee,null)                   | ends-at AFTER_PAIN PainHeard Closing
            SWITCHING_SIDES                                     | Pain(dizzy)                       | ends-at AFTER_PAIN PainHeard
            SWITCHING_SIDES                                     | READY YES NEXT RESUME             | RATING SetCoached
            SWITCHING_SIDES                                     | SKIP                              | BRIEFING SetSkipped
            SWITCHING_SIDES                                     | SKIP_EXERCISE                     | CONFIRMING ChangeAsked
            SWITCHING_SIDES                                     | NO_EQUIPMENT                      | stays NoEquipment
            SWITCHING_SIDES                                     | NO                                | stays Waiting
            SWITCHING_SIDES                                     | TOO_HARD TOO_EASY                 | SWITCHING_SIDES EffortChanged
            SWITCHING_SIDES                                     | PAUSE                             | PAUSED Paused
            SWITCHING_SIDES                                     | REPEAT                            | stays
            SWITCHING_SIDES                                     | START_OVER                        | BRIEFING StartedOver ExerciseIntroduced
            SWITCHING_SIDES                                     | HOW_MANY_LEFT                     | stays Status
            CONFIRMING_BRIEFING                                 | SKIP_WARM_UP                      | BRIEFING WarmUpSkipped ExerciseIntroduced
            CONFIRMING_RATING                                   | SKIP_WARM_UP                      | RATING Rejected
            CONFIRMING_RESTING                                  | SKIP_WARM_UP                      | RESTING Rejected
            UNASKED -BRIEFING                                   | SKIP_WARM_UP                      | rejected WARM_UP_OVER

            BRIEFING RATING RESTING AFTER_PAIN PAUSED_* OFFERING_RESUME_* | NO_EQUIPMENT            | stays NoEquipment
            CONFIRMING_BRIEFING                                 | NO_EQUIPMENT                      | BRIEFING NoEquipment
            CONFIRMING_RATING                                   | NO_EQUIPMENT                      | RATING NoEquipment
            CONFIRMING_RESTING                                  | NO_EQUIPMENT                      | RESTING NoEquipment
            CHOOSING                                            | NO_EQUIPMENT                      | rejected NO_WORKOUT_YET
            COOLING_DOWN FINISHED                               | NO_EQUIPMENT                      | rejected WORKOUT_FINISHED

            BRIEFING RESTING                                    | READY YES RESUME NEXT             | RATING SetCoached
            RATING                                              | READY NEXT SKIP                   | RESTING RatingTaken RestStarted
            RATING                                              | YES NO                            | rejected RATING_NEEDS_NUMBER
            RATING AFTER_PAIN                                   | RESUME                            | rejected NOT_PAUSED
            PAUSED_BRIEFING OFFERING_RESUME_BRIEFING            | READY YES RESUME                  | BRIEFING Resumed
            PAUSED_RATING OFFERING_RESUME_RATING                | READY YES RESUME                  | RATING Resumed
            PAUSED_RESTING OFFERING_RESUME_RESTING              | READY YES RESUME                  | RESTING Resumed
            PAUSED_AFTER_PAIN                                   | READY YES RESUME                  | AFTER_PAIN Resumed
            AFTER_PAIN                                          | READY YES NEXT SKIP SKIP_EXERCISE | BRIEFING ExerciseSkipped ExerciseIntroduced

            CHOOSING FINISHED AFTER_PAIN                        | NO                                | ends Goodbye
            BRIEFING RESTING PAUSED_*                           | NO                                | stays Waiting
            OFFERING_RESUME_*                                   | NO                                | CHOOSING ResumeDeclined

            PAUSED_BRIEFING OFFERING_RESUME_BRIEFING            | NEXT                              | RATING SetCoached
            PAUSED_RESTING OFFERING_RESUME_RESTING              | NEXT                              | RATING SetCoached
            PAUSED_RATING OFFERING_RESUME_RATING                | NEXT SKIP                         | RESTING RatingTaken RestStarted
            PAUSED_AFTER_PAIN                                   | NEXT SKIP SKIP_EXERCISE           | BRIEFING ExerciseSkipped ExerciseIntroduced
            BRIEFING PAUSED_BRIEFING OFFERING_RESUME_BRIEFING   | SKIP                              | BRIEFING SetSkipped
            RESTING PAUSED_RESTING OFFERING_RESUME_RESTING      | SKIP                              | RESTING SetSkipped
            BRIEFING RATING RESTING OFFERING_RESUME_*           | SKIP_EXERCISE                     | CONFIRMING ChangeAsked
            PAUSED_BRIEFING PAUSED_RATING PAUSED_RESTING        | SKIP_EXERCISE                     | CONFIRMING ChangeAsked

            BRIEFING RATING RESTING AFTER_PAIN                  | PAUSE                             | PAUSED Paused
            PAUSED_*                                            | PAUSE                             | rejected ALREADY_PAUSED
            OFFERING_RESUME_* CONFIRMING_*                      | PAUSE                             | stays Waiting

            CHOOSING RATING AFTER_PAIN CONFIRMING_*             | REPEAT                            | stays
            BRIEFING                                            | REPEAT                            | stays ExerciseIntroduced
            RESTING PAUSED_* OFFERING_RESUME_*                  | REPEAT                            | stays Status
            BRIEFING RATING RESTING AFTER_PAIN PAUSED_* OFFERING_RESUME_* | HOW_MANY_LEFT           | stays Status

            BRIEFING PAUSED_BRIEFING OFFERING_RESUME_* AFTER_PAIN PAUSED_AFTER_PAIN COOLING_DOWN FINISHED | START_OVER | BRIEFING StartedOver ExerciseIntroduced
            RATING RESTING PAUSED_RATING PAUSED_RESTING         | START_OVER                        | CONFIRMING ChangeAsked

            BRIEFING                                            | TOO_HARD TOO_EASY                 | BRIEFING EffortChanged
            RATING                                              | TOO_HARD TOO_EASY                 | RATING EffortChanged
            RESTING                                             | TOO_HARD TOO_EASY                 | RESTING EffortChanged
            AFTER_PAIN                                          | TOO_HARD TOO_EASY                 | AFTER_PAIN EffortChanged
            PAUSED_*                                            | TOO_HARD TOO_EASY                 | PAUSED EffortChanged
            OFFERING_RESUME_*                                   | TOO_HARD TOO_EASY                 | OFFERING_RESUME EffortChanged

            CONFIRMING_BRIEFING CONFIRMING_RATING               | YES                               | BRIEFING ExerciseSkipped ExerciseIntroduced
            CONFIRMING_RESTING                                  | YES                               | BRIEFING StartedOver ExerciseIntroduced
            CONFIRMING_BRIEFING CONFIRMING_RESTING              | READY                             | RATING SetCoached
            CONFIRMING_RATING                                   | READY                             | RESTING RatingTaken RestStarted
            CONFIRMING_BRIEFING                                 | NO                                | BRIEFING KeptGoing
            CONFIRMING_RATING                                   | NO                                | RATING KeptGoing
            CONFIRMING_RESTING                                  | NO                                | RESTING KeptGoing
            CONFIRMING_BRIEFING CONFIRMING_RESTING              | NEXT RESUME                       | RATING SetCoached
            CONFIRMING_RATING                                   | NEXT SKIP                         | RESTING RatingTaken RestStarted
            CONFIRMING_RATING                                   | RESUME                            | RATING Rejected
            CONFIRMING_BRIEFING                                 | SKIP                              | BRIEFING SetSkipped
            CONFIRMING_RESTING                                  | SKIP                              | RESTING SetSkipped
            CONFIRMING_*                                        | SKIP_EXERCISE                     | CONFIRMING ChangeAsked
            CONFIRMING_BRIEFING                                 | START_OVER                        | BRIEFING StartedOver ExerciseIntroduced
            CONFIRMING_RATING CONFIRMING_RESTING                | START_OVER                        | CONFIRMING ChangeAsked
            CONFIRMING_BRIEFING                                 | TOO_HARD TOO_EASY                 | BRIEFING EffortChanged
            CONFIRMING_RATING                                   | TOO_HARD TOO_EASY                 | RATING EffortChanged
            CONFIRMING_RESTING                                  | TOO_HARD TOO_EASY                 | RESTING EffortChanged
            CONFIRMING_BRIEFING                                 | SLOWER FASTER                     | BRIEFING TempoChanged
            CONFIRMING_RATING                                   | SLOWER FASTER                     | RATING TempoChanged
            CONFIRMING_RESTING                                  | SLOWER FASTER                     | RESTING TempoChanged
            CONFIRMING_BRIEFING                                 | BRIEF_CUES FULL_CUES              | BRIEFING VerbosityChanged
            CONFIRMING_RATING                                   | BRIEF_CUES FULL_CUES              | RATING VerbosityChanged
            CONFIRMING_RESTING                                  | BRIEF_CUES FULL_CUES              | RESTING VerbosityChanged
            CONFIRMING_BRIEFING                                 | USE_PLAN                          | BRIEFING PlanRestored
            CONFIRMING_RATING                                   | USE_PLAN                          | RATING PlanRestored
            CONFIRMING_RESTING                                  | USE_PLAN                          | RESTING PlanRestored
            CONFIRMING_BRIEFING                                 | HOW_MANY_LEFT                     | BRIEFING Status
            CONFIRMING_RATING                                   | HOW_MANY_LEFT                     | RATING Status
            CONFIRMING_RESTING                                  | HOW_MANY_LEFT                     | RESTING Status
            CONFIRMING_BRIEFING                                 | WHY                               | BRIEFING Benefits
            CONFIRMING_RATING                                   | WHY                               | RATING Benefits
            CONFIRMING_RESTING                                  | WHY                               | RESTING Benefits

            UNASKED                                             | SLOWER FASTER                     | stays TempoChanged
            UNASKED                                             | BRIEF_CUES FULL_CUES              | stays VerbosityChanged
            UNASKED                                             | USE_PLAN                          | stays PlanRestored
            UNASKED                                             | WHY                               | stays Benefits
            *                                                   | HELP                              | stays Help
            * -COOLING_DOWN                                     | STOP                              | ends Goodbye
            *                                                   | NOT_UNDERSTOOD                    | rejected NOT_UNDERSTOOD
            """;

    private static final List<Command> EVERY_COMMAND = commands(
            "Start(bicep_focus) Start(yoga) Unresolved(yoga) Rate(1,2,3,4,5,0,11,-3,null) SetReps(1,10,20,0,21,1000,null) "
                    + "SetRest(15,60,120,14,121,0,null) Pain(knee,null,dizzy) Done(6,8,9,0,null) "
                    + String.join(" ", Arrays.stream(Action.values()).map(Action::name).toList()));

    @ParameterizedTest(name = "{0}")
    @EnumSource(Situation.class)
    void situation_shouldBeASessionInItsPhase_whenReachedFromTheChoice(Situation situation) {
        WorkoutSession session = situation.session();

        assertThat(Situation.nameOf(session)).isEqualTo(situation.name());
    }

    @Test
    void outcomes_shouldNameEveryPhaseAndCommandPairExactlyOnce_whenReadAsATable() {
        Map<String, Long> mentions = tableRows()
                .collect(Collectors.groupingBy(row -> pair(row.situation(), row.command()), Collectors.counting()));

        List<String> everyPair = Arrays.stream(Situation.values())
                .flatMap(situation -> EVERY_COMMAND.stream().map(command -> pair(situation, command)))
                .toList();
        assertThat(mentions.keySet()).containsExactlyInAnyOrderElementsOf(everyPair);
        assertThat(mentions).allSatisfy((pair, times) -> assertThat(times).as(pair).isOne());
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("tabledPairs")
    void apply_shouldGiveTheTabledOutcome_whenACommandComesInAPhase(Situation situation, Command command, String outcome) {
        WorkoutSession given = situation.session();

        Transition transition = MACHINE.apply(given, command);

        String[] words = outcome.split("\\s+");
        List<String> expectedEvents = Arrays.asList(words).subList(1, words.length);
        List<String> events = transition.events().stream().map(e -> e.getClass().getSimpleName()).toList();
        switch (words[0]) {
            case "rejected" -> {
                assertThat(transition.events()).singleElement()
                        .isInstanceOfSatisfying(Event.Rejected.class,
                                rejected -> assertThat(rejected.reason()).isEqualTo(Reason.valueOf(words[1])));
                assertThat(transition.session()).isEqualTo(given);
                assertThat(transition.ends()).isFalse();
            }
            case "ends" -> {
                assertThat(events).isEqualTo(expectedEvents);
                assertThat(transition.session()).isEqualTo(given);
                assertThat(transition.ends()).isTrue();
            }
            case "ends-at" -> {
                assertThat(events).isEqualTo(expectedEvents.subList(1, expectedEvents.size()));
                assertThat(transition.session().phase()).isEqualTo(Phase.valueOf(words[1]));
                assertThat(transition.ends()).isTrue();
            }
            case "stays" -> {
                assertThat(events).isEqualTo(expectedEvents);
                assertThat(transition.session().phase()).isEqualTo(given.phase());
                assertThat(transition.session().withPreferences(given.preferences())).isEqualTo(given);
                assertThat(transition.ends()).isFalse();
                if (expectedEvents.isEmpty()) {
                    assertThat(transition.session()).isEqualTo(given);
                }
            }
            default -> {
                assertThat(events).isEqualTo(expectedEvents);
                assertThat(transition.session().phase()).isEqualTo(Phase.valueOf(words[0]));
                assertThat(transition.ends()).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void apply_shouldOnlyLeaveSessionsItWouldAcceptNextTurn_whenAnyCommandComesInAnyPhase(Situation situation, Command command) {
        WorkoutSession next = MACHINE.apply(situation.session(), command).session();

        Transition help = MACHINE.apply(next, Action.HELP);

        assertThat(help.session()).as("not discarded as corrupted").isEqualTo(next);
        assertThat(next.preferences().tempoShift()).isBetween(Tempo.MIN_SHIFT, Tempo.MAX_SHIFT);
        assertThat(next.completed()).allSatisfy(set -> {
            assertThat(set.reps()).isBetween(WorkoutStateMachine.MIN_REPS, WorkoutStateMachine.MAX_REPS);
            if (set.rating() != null) {
                assertThat(set.rating()).isBetween(WorkoutStateMachine.MIN_RATING, WorkoutStateMachine.MAX_RATING);
            }
        });
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyPair")
    void apply_shouldKeepTheUsersPreferences_unlessTheCommandChangesThem(Situation situation, Command command) {
        Preferences asked = new Preferences(12, 1, 90, Preferences.Verbosity.BRIEF);
        WorkoutSession given = situation.session().withPreferences(asked);

        Preferences kept = MACHINE.apply(given, command).session().preferences();

        long changed = Stream.of(kept.reps() != asked.reps(), kept.tempoShift() != asked.tempoShift(),
                kept.restSeconds() != asked.restSeconds(), kept.verbosity() != asked.verbosity())
                .filter(Boolean::booleanValue).count();
        assertThat(changed).as("preferences changed: %s", kept).isLessThanOrEqualTo(preferencesItMayChange(command));
    }

    static Stream<Arguments> tabledPairs() {
        return tableRows().map(row -> Arguments.of(row.situation(), named(label(row.command()), row.command()), row.outcome()));
    }

    static Stream<Arguments> everyPair() {
        return Arrays.stream(Situation.values())
                .flatMap(situation -> EVERY_COMMAND.stream()
                        .map(command -> Arguments.of(situation, named(label(command), command))));
    }

    private record Row(Situation situation, Command command, String outcome) {
    }

    private static Stream<Row> tableRows() {
        return OUTCOMES.lines().filter(line -> !line.isBlank()).flatMap(line -> {
            String[] cells = line.split("\\|");
            String outcome = cells[2].trim();
            List<Command> commands = commands(cells[1]);
            return situations(cells[0]).stream()
                    .flatMap(situation -> commands.stream().map(command -> new Row(situation, command, outcome)));
        });
    }

    private static List<Situation> situations(String cell) {
        List<Situation> situations = new ArrayList<>();
        for (String token : cell.trim().split("\\s+")) {
            switch (token) {
                case "*" -> situations.addAll(List.of(Situation.values()));
                case "-COOLING_DOWN", "-BRIEFING" -> situations.remove(Situation.valueOf(token.substring(1)));
                case "UNASKED" -> Arrays.stream(Situation.values()).filter(situation -> !situation.name().startsWith("CONFIRMING_"))
                        .forEach(situations::add);
                case "PAUSED_*", "OFFERING_RESUME_*", "CONFIRMING_*" -> Arrays.stream(Situation.values())
                        .filter(situation -> situation.name().startsWith(token.substring(0, token.length() - 1)))
                        .forEach(situations::add);
                default -> situations.add(Situation.valueOf(token));
            }
        }
        return situations;
    }

    /**
     * {@code Start(id)}, {@code Unresolved(heard)} (no id resolved), {@code Rate(n,...)}, {@code SetReps(n,...)},
     * {@code SetRest(n,...)}, {@code Pain(part,...)} (null: no part named), {@code Done(n,...)} (reps done) or an
     * Action.
     */
    private static List<Command> commands(String cell) {
        List<Command> commands = new ArrayList<>();
        for (String token : cell.trim().split("\\s+")) {
            String name = token.contains("(") ? token.substring(0, token.indexOf('(')) : token;
            List<String> values = token.contains("(")
                    ? List.of(token.substring(token.indexOf('(') + 1, token.length() - 1).split(","))
                    : List.of();
            switch (name) {
                case "Start" -> commands.add(new StartWorkout(values.get(0), values.get(0).replace('_', ' ')));
                case "Unresolved" -> commands.add(new StartWorkout(null, values.get(0)));
                case "Rate" -> values.forEach(v -> commands.add(new Rate(number(v))));
                case "SetReps" -> values.forEach(v -> commands.add(new SetReps(number(v))));
                case "SetRest" -> values.forEach(v -> commands.add(new SetRest(number(v))));
                case "Pain" -> values.forEach(v -> commands.add(new Command.ReportPain(v.equals("null") ? null : v, false)));
                case "Done" -> values.forEach(v -> commands.add(new Command.RepsDone(number(v))));
                default -> commands.add(Action.valueOf(name));
            }
        }
        return commands;
    }

    /** "Back to the plan" resets reps, rest and tempo; every other preference command changes one. */
    private static int preferencesItMayChange(Command command) {
        if (command == Action.USE_PLAN) {
            return 3;
        }
        return command instanceof SetReps || command instanceof SetRest || command == Action.SLOWER
                || command == Action.FASTER || command == Action.BRIEF_CUES || command == Action.FULL_CUES ? 1 : 0;
    }

    private static String pair(Situation situation, Command command) {
        return situation + " + " + label(command);
    }

    private static Integer number(String value) {
        return value.equals("null") ? null : Integer.valueOf(value);
    }

    private static String label(Command command) {
        if (command instanceof StartWorkout start) {
            return start.routineId() == null ? "Unresolved(" + start.heard() + ")" : "Start(" + start.routineId() + ")";
        }
        if (command instanceof Rate rate) {
            return "Rate(" + rate.value() + ")";
        }
        if (command instanceof SetReps reps) {
            return "SetReps(" + reps.reps() + ")";
        }
        if (command instanceof SetRest rest) {
            return "SetRest(" + rest.seconds() + ")";
        }
        return command.toString();
    }
}
