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
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Named.named;

/**
 * Every (phase, command) pair of the workout state machine, against one table of intended outcomes.
 * The sessions are the {@link Situation}s of a bicep focus workout; the commands are every {@link Action}, every
 * legal rating and some illegal ones, reps and rest in and out of range, and workouts known and unknown.
 */
class WorkoutStateMachineEveryPairTest {

    /**
     * situations ({@code *} = all; {@code PAUSED_*} = paused from briefing, rating or resting; {@code OFFERING_RESUME_*}
     * = offered for resuming at briefing, rating or resting) | commands | outcome, where outcome is
     * {@code rejected REASON} (session unchanged), {@code ends Event} (session unchanged, conversation ends),
     * {@code stays Event...} (same phase and position, only preferences may change; with no events, the same session)
     * or {@code PHASE Event...}: the next phase and the events in order.
     */
    private static final String OUTCOMES = """
            *                                                   | Start(bicep_focus)                | BRIEFING WorkoutStarted ExerciseIntroduced
            *                                                   | Start(yoga) Unresolved(yoga)      | rejected UNKNOWN_WORKOUT

            RATING PAUSED_RATING OFFERING_RESUME_RATING         | Rate(1,2,3,4,5)                   | RESTING RatingTaken RestStarted
            RATING PAUSED_RATING OFFERING_RESUME_RATING         | Rate(0,11,-3)                     | rejected RATING_OUT_OF_RANGE
            RATING PAUSED_RATING OFFERING_RESUME_RATING         | Rate(null)                        | rejected RATING_NEEDS_NUMBER
            CHOOSING BRIEFING RESTING FINISHED                  | Rate(1,2,3,4,5,0,11,-3,null)      | rejected NOT_RATING_NOW
            PAUSED_BRIEFING PAUSED_RESTING                      | Rate(1,2,3,4,5,0,11,-3,null)      | rejected NOT_RATING_NOW
            OFFERING_RESUME_BRIEFING OFFERING_RESUME_RESTING    | Rate(1,2,3,4,5,0,11,-3,null)      | rejected NOT_RATING_NOW

            *                                                   | SetReps(1,10,20)                  | stays RepsChanged
            *                                                   | SetReps(0,21,1000)                | rejected REPS_OUT_OF_RANGE
            *                                                   | SetReps(null)                     | rejected REPS_NEED_NUMBER

            *                                                   | SetRest(15,60,120)                | stays RestChanged
            *                                                   | SetRest(14,121,0,null)            | rejected REST_OUT_OF_RANGE

            CHOOSING                                            | READY YES NEXT SKIP SKIP_EXERCISE | rejected NO_WORKOUT_YET
            CHOOSING                                            | PAUSE RESUME START_OVER           | rejected NO_WORKOUT_YET
            CHOOSING                                            | HOW_MANY_LEFT                     | rejected NO_WORKOUT_YET
            FINISHED                                            | READY YES NEXT SKIP SKIP_EXERCISE | rejected WORKOUT_FINISHED
            FINISHED                                            | PAUSE RESUME REPEAT HOW_MANY_LEFT | rejected WORKOUT_FINISHED

            BRIEFING RESTING                                    | READY YES RESUME NEXT             | RATING SetCoached
            RATING                                              | READY NEXT SKIP                   | RESTING RatingTaken RestStarted
            RATING                                              | YES NO                            | rejected RATING_NEEDS_NUMBER
            RATING                                              | RESUME                            | rejected NOT_PAUSED
            PAUSED_BRIEFING OFFERING_RESUME_BRIEFING            | READY YES RESUME                  | BRIEFING Resumed
            PAUSED_RATING OFFERING_RESUME_RATING                | READY YES RESUME                  | RATING Resumed
            PAUSED_RESTING OFFERING_RESUME_RESTING              | READY YES RESUME                  | RESTING Resumed

            CHOOSING FINISHED                                   | NO                                | ends Goodbye
            BRIEFING RESTING PAUSED_*                           | NO                                | stays Waiting
            OFFERING_RESUME_*                                   | NO                                | CHOOSING ResumeDeclined

            PAUSED_BRIEFING OFFERING_RESUME_BRIEFING            | NEXT                              | RATING SetCoached
            PAUSED_RESTING OFFERING_RESUME_RESTING              | NEXT                              | RATING SetCoached
            PAUSED_RATING OFFERING_RESUME_RATING                | NEXT SKIP                         | RESTING RatingTaken RestStarted
            BRIEFING PAUSED_BRIEFING OFFERING_RESUME_BRIEFING   | SKIP                              | BRIEFING SetSkipped
            RESTING PAUSED_RESTING OFFERING_RESUME_RESTING      | SKIP                              | RESTING SetSkipped
            BRIEFING RATING RESTING PAUSED_* OFFERING_RESUME_*  | SKIP_EXERCISE                     | BRIEFING ExerciseSkipped ExerciseIntroduced

            BRIEFING RATING RESTING                             | PAUSE                             | PAUSED Paused
            PAUSED_*                                            | PAUSE                             | rejected ALREADY_PAUSED
            OFFERING_RESUME_*                                   | PAUSE                             | stays Waiting

            CHOOSING RATING                                     | REPEAT                            | stays
            BRIEFING                                            | REPEAT                            | stays ExerciseIntroduced
            RESTING PAUSED_* OFFERING_RESUME_*                  | REPEAT                            | stays Status
            BRIEFING RATING RESTING PAUSED_* OFFERING_RESUME_*  | HOW_MANY_LEFT                     | stays Status

            BRIEFING RATING RESTING PAUSED_* OFFERING_RESUME_*  | START_OVER                        | BRIEFING StartedOver ExerciseIntroduced
            FINISHED                                            | START_OVER                        | BRIEFING StartedOver ExerciseIntroduced
            *                                                   | SLOWER FASTER                     | stays TempoChanged
            *                                                   | BRIEF_CUES FULL_CUES              | stays VerbosityChanged
            *                                                   | USE_PLAN                          | stays PlanRestored
            *                                                   | WHY                               | stays Benefits
            *                                                   | HELP                              | stays Help
            *                                                   | STOP                              | ends Goodbye
            *                                                   | NOT_UNDERSTOOD                    | rejected NOT_UNDERSTOOD
            """;

    private static final List<Command> EVERY_COMMAND = commands(
            "Start(bicep_focus) Start(yoga) Unresolved(yoga) Rate(1,2,3,4,5,0,11,-3,null) SetReps(1,10,20,0,21,1000,null) "
                    + "SetRest(15,60,120,14,121,0,null) "
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
    void apply_shouldAnswerWithoutThrowing_whenAnyCommandComesInAnyPhase(Situation situation, Command command) {
        WorkoutSession given = situation.session();

        Transition transition = assertDoesNotThrow(() -> MACHINE.apply(given, command));

        assertThat(transition).isNotNull();
        assertThat(transition.session()).isNotNull();
        if (command == Action.REPEAT && (given.phase() == Phase.CHOOSING || given.phase() == Phase.RATING)) {
            assertThat(transition.events()).as("repeat while a question is open: the narrator just asks it again").isEmpty();
        } else {
            assertThat(transition.events()).isNotEmpty();
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
                case "PAUSED_*", "OFFERING_RESUME_*" -> Arrays.stream(Situation.values())
                        .filter(situation -> situation.name().startsWith(token.substring(0, token.length() - 1)))
                        .forEach(situations::add);
                default -> situations.add(Situation.valueOf(token));
            }
        }
        return situations;
    }

    /**
     * {@code Start(id)}, {@code Unresolved(heard)} (no id resolved), {@code Rate(n,...)}, {@code SetReps(n,...)},
     * {@code SetRest(n,...)} or an Action.
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
