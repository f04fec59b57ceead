package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Coaching;
import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Kit;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.SessionLength;

import java.util.List;

/** How a workout is introduced when it starts, and each exercise in it before its first set. */
final class IntroductionNarration {

    private static final int VISUALIZATION_PAUSE_MILLIS = 1500;

    private IntroductionNarration() {
    }

    /**
     * "Squat focus. Squats, then glute bridges: five sets, about fourteen minutes. Let's build that connection."
     *
     * @param kitUnmet the kit asked for that nothing fitted, said in one clause after the name: "Core focus as usual,
     *                 since I have no dumbbell version of it."; null for none
     */
    static String overview(Routine routine, Kit kitUnmet, Preferences preferences) {
        List<String> names = routine.steps().stream().map(step -> step.exercise().plural()).toList();
        String exercises = names.size() == 1 ? names.get(0)
                : names.size() == 2 ? names.get(0) + ", then " + names.get(1)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        // A single exercise's own routine is named after it; a routine made of one exercise says which.
        String plan = names.size() == 1 && routine.name().contains(names.get(0)) ? "" : Words.capitalized(exercises) + ": ";
        String unmet = kitUnmet == Kit.DUMBBELLS ? " as usual, since I have no dumbbell version of it"
                : kitUnmet == Kit.NONE ? " as usual, since I have no version of it without equipment" : "";
        return Words.capitalized(routine.name()) + unmet + ". " + plan
                + (plan.isEmpty() ? Words.capitalized(Words.count(routine.totalSets(), "set", "sets"))
                        : Words.count(routine.totalSets(), "set", "sets")) + ", about "
                + Words.count(SessionLength.minutes(routine, preferences), "minute", "minutes")
                + ". Let's build that connection.";
    }

    /**
     * The exercise, what to hold and how heavy, a slow guided visualization, the start position, the form cue and
     * the tempo in the order the movement goes; brief cues keep one image.
     */
    static Ssml introduction(Event.ExerciseIntroduced e, boolean brief, Event.CoachingAdapted adapted,
                                     Event.LoadSuggested load) {
        Exercise exercise = e.exercise();
        String amount = exercise.isHold()
                ? Words.count(e.sets(), "hold", "holds") + " of " + Words.number(e.reps()) + " seconds"
                : Words.count(e.sets(), "set", "sets") + " of " + Words.number(e.reps())
                        + (exercise.sided() ? " on each side" : "");
        Ssml s = Ssml.speech()
                .say((e.firstOfWorkout() ? "First up: " : "Next up: ") + exercise.plural() + ", " + amount + ".");
        boolean gentler = adapted != null && adapted.kind() == Coaching.Kind.GENTLER;
        if (adapted != null) {
            s.say(AdaptedCoaching.reason(adapted));
        }
        s.say(load != null ? AdaptedCoaching.load(load, adapted) : gentler ? AdaptedCoaching.lighterLoad(exercise)
                : LoadAdvice.of(exercise))
                .say("Let's picture the " + exercise.muscle() + " first.").pause(1000);
        for (String line : brief && !gentler ? exercise.visualization().subList(0, 1) : exercise.visualization()) {
            s.sayCalmly(line).pause(VISUALIZATION_PAUSE_MILLIS);
        }
        if (gentler) {
            s.sayCalmly(AdaptedCoaching.longerVisualization(exercise)).pause(VISUALIZATION_PAUSE_MILLIS)
                    .say(AdaptedCoaching.touchCue(exercise));
        }
        s.say(exercise.movement().start());
        if (brief) {
            return s.say(exercise.form());
        }
        return s.say(exercise.form()).say(exercise.isHold()
                ? "We'll hold for " + Words.number(e.reps()) + " seconds, breathing slowly the whole time."
                : Tempos.announced(exercise, e.tempo()));
    }
}
