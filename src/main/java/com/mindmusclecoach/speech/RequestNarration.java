package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.MuscleGroup;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;
import com.mindmusclecoach.workout.SessionLength;
import com.mindmusclecoach.workout.WorkoutSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers to questions about workouts asked in people's words: what's next, how long, what can I train, what
 * exercises are there; and the suggestion a returning user hears at launch. Each answer is a statement: the
 * question the workout is waiting on follows it (see {@link Narrator#withPrompt}).
 */
public final class RequestNarration {

    private final Catalogue catalogue;

    public RequestNarration(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** "What's next?": the exercise and set now, and the exercise after. */
    public Ssml whatsNext(WorkoutSession s) {
        Optional<RoutineStep> step = catalogue.stepOf(s);
        if (!s.hasWorkout() || step.isEmpty()) {
            return Ssml.speech().say("Nothing's started yet. Name a muscle or a workout, or say surprise me.");
        }
        String now = Words.capitalized(step.get().exercise().plural()) + ", set " + Words.number(s.setNumber())
                + " of " + Words.number(step.get().sets()) + ".";
        String after = catalogue.nextUp(s).map(e -> " After that, " + e.plural() + ".")
                .orElse(" That's the last exercise, then a short stretch.");
        return Ssml.speech().say(now + after);
    }

    /** "How long is this workout?" and "how long is left?": both, in whole minutes. */
    public Ssml howLong(WorkoutSession s) {
        Optional<Routine> routine = catalogue.routine(s.routineId());
        if (!s.hasWorkout() || routine.isEmpty()) {
            List<Integer> lengths = catalogue.routinesInOrder().stream()
                    .map(r -> SessionLength.minutes(r, s.preferences())).sorted().toList();
            return Ssml.speech().say("Most workouts here take " + Words.number(lengths.get(0)) + " to "
                    + Words.number(lengths.get(lengths.size() - 1)) + " minutes. Short on time, ask for a ten minute"
                    + " workout.");
        }
        int total = SessionLength.minutes(routine.get(), s.preferences());
        int left = minutesLeft(routine.get(), s);
        return Ssml.speech().say(Words.capitalized(routine.get().name()) + " takes about "
                + Words.count(total, "minute", "minutes") + " in all, and about "
                + Words.count(left, "minute", "minutes") + (left == 1 ? " is" : " are") + " left.");
    }

    private static int minutesLeft(Routine routine, WorkoutSession s) {
        if (s.exerciseIndex() < 0 || s.exerciseIndex() >= routine.steps().size()) {
            return 1;
        }
        List<RoutineStep> rest = new ArrayList<>(routine.steps().subList(s.exerciseIndex(), routine.steps().size()));
        RoutineStep now = rest.get(0);
        boolean setDone = s.activePhase() == Phase.RATING || s.activePhase() == Phase.AFTER_PAIN;
        int setsLeft = Math.max(1, now.sets() - s.setNumber() + (setDone ? 0 : 1));
        rest.set(0, new RoutineStep(now.exercise(), setsLeft, now.reps()));
        return SessionLength.minutes(new Routine(routine.id(), routine.name(), List.of(), routine.restSeconds(), rest),
                s.preferences());
    }

    /** "What can I train?": the muscles and regions, and the ways to shape a workout. */
    public Ssml whatCanITrain() {
        return Ssml.speech().say("You can train " + list(catalogue.regions(), "or")
                + ", or any exercise by name. Add a time, like ten minutes, or say with dumbbells or no equipment.");
    }

    /** "What exercises are there?": every exercise, by muscle group. */
    public Ssml whatExercises() {
        Ssml ssml = Ssml.speech().say("I know " + Words.number(catalogue.exercises().size()) + " exercises.");
        for (MuscleGroup group : MuscleGroup.values()) {
            List<String> names = catalogue.exercises().stream().filter(e -> e.group() == group)
                    .map(Exercise::plural).sorted().toList();
            if (!names.isEmpty()) {
                ssml.say(Words.capitalized(group.name().toLowerCase(Locale.ROOT)) + ": " + list(names, "and") + ".");
            }
        }
        return ssml.say("Name any one to start it.");
    }

    /** A returning user's launch: the routine suggested for today, as the one question. */
    public static String suggestion(Routine routine) {
        return "How about " + routine.name() + " today?";
    }

    /** "No" to today's suggestion. */
    public static Ssml declined() {
        return Ssml.speech().say("No problem. Name a muscle, a time, or say surprise me.");
    }

    public static String suggestionReprompt(Routine routine) {
        return "Shall we do " + routine.name() + "? Say yes, or name another workout.";
    }

    private static String list(List<String> items, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
                + " " + last + " " + items.get(items.size() - 1);
    }
}
