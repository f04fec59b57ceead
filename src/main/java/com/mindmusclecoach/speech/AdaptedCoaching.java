package com.mindmusclecoach.speech;

import com.mindmusclecoach.progress.ConnectionHistory;
import com.mindmusclecoach.workout.Coaching;
import com.mindmusclecoach.workout.Equipment;
import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Load;

import java.util.ArrayList;
import java.util.List;

/**
 * What the coach says when earlier sessions' connection ratings changed today's coaching of an exercise (see
 * {@link Event.CoachingAdapted}): one sentence on what changed and why, and for gentler coaching a lighter load, one
 * more image for the visualization and a touch cue; a load remembered is said as today's, lighter or heavier. Each sentence names the exercise, so two exercises for the same
 * muscle in a row never hear the same sentence twice.
 */
public final class AdaptedCoaching {

    private AdaptedCoaching() {
    }

    /** What changed and why, in one sentence. */
    static String reason(Event.CoachingAdapted adapted) {
        Exercise exercise = adapted.exercise();
        String why = "Your connection with your " + exercise.muscle() + " has averaged "
                + Words.number(adapted.kind() == Coaching.Kind.GENTLER ? ConnectionHistory.LOW : ConnectionHistory.HIGH)
                + (adapted.kind() == Coaching.Kind.GENTLER ? " or less" : " or more") + " over your last "
                + Words.number(ConnectionHistory.SESSIONS) + " sessions, so for these " + exercise.plural();
        if (adapted.kind() == Coaching.Kind.GENTLER) {
            List<String> changes = new ArrayList<>(List.of("a longer visualization", "a hand on the muscle"));
            if (adapted.slower()) {
                changes.add("a slower tempo");
            }
            if (exercise.needsWeights()) {
                changes.add("a lighter load");
            }
            return why + " I've added " + String.join(", ", changes.subList(0, changes.size() - 1)) + " and "
                    + changes.get(changes.size() - 1) + ".";
        }
        if (adapted.heavier()) {
            return why + " I've gone a step heavier, since your reps are already at the top.";
        }
        if (adapted.moreReps() > 0) {
            return why + (exercise.isHold() ? " each hold is " + Words.count(adapted.moreReps(), "second", "seconds") + " longer."
                    : " I've added " + Words.count(adapted.moreReps(), "rep", "reps") + " a set.");
        }
        if (adapted.slower()) {
            return why + " I've slowed the tempo by a second each way.";
        }
        return why + " you're at the top of the plan: make every rep count.";
    }

    /** Gentler coaching's load advice: lighter than usual where there is a load to choose. */
    static String lighterLoad(Exercise exercise) {
        if (exercise.equipment() == Equipment.DUMBBELLS) {
            return "Take a lighter pair of dumbbells than usual today: slow, smooth control is the goal.";
        }
        if (exercise.equipment() == Equipment.BAND) {
            return "Use a lighter band than usual today, so you feel every inch of the movement.";
        }
        return LoadAdvice.of(exercise);
    }

    /** One more image, said calmly after the exercise's own visualization. */
    static String longerVisualization(Exercise exercise) {
        return "Now see your " + exercise.muscle() + " as the only thing working: warm, awake, and ready to draw tight.";
    }

    /** A hand resting on the muscle, to feel it work. */
    static String touchCue(Exercise exercise) {
        return "Rest a free hand on your " + exercise.muscle() + " and feel it firm up under your fingers;"
                + " if both hands are busy, touch it just before the set begins.";
    }

    /** Today's load from last time's, in place of the general load advice. */
    static String load(Event.LoadSuggested load, Event.CoachingAdapted adapted) {
        String last = amount(load.last());
        if (load.today().amount() > load.last().amount()) {
            return "Last time you used " + last + " for these: take " + amount(load.today())
                    + " today, with every rep just as slow.";
        }
        if (!load.today().equals(load.last())) {
            return "Last time you used " + last + " for these: take " + amount(load.today())
                    + " today, so the muscle can lead.";
        }
        if (adapted != null && adapted.kind() == Coaching.Kind.PROGRESS) {
            return "Last time you used " + last + ": stay with that, the extra work is today's step up.";
        }
        return "Last time you used " + last + ": stay with that, and keep every rep slow.";
    }

    /** After an exercise's first set: the weight used, if the user likes to say (not a question: one per turn). */
    static String askLoad(Event.LoadAsked asked) {
        String example = asked.unit() == Load.Unit.POUNDS ? "twelve pounds" : "six kilos";
        String exercise = asked.exercise().plural();
        return asked.known()
                ? "If you changed weight for " + exercise + ", tell me, like: I used " + example + "."
                : "If you like, tell me the weight you used for " + exercise + ", like: I used " + example
                        + ", and I'll suggest next time's.";
    }

    /** "twelve pounds", "one kilo". */
    static String amount(Load load) {
        return Words.number(load.amount()) + " " + load.unit().word(load.amount());
    }

    /** "Got it: twelve pounds for biceps curls." */
    public static String loadKept(Load load, Exercise exercise) {
        return "Got it: " + amount(load) + " for " + exercise.plural() + ". I'll suggest your load next time.";
    }

    /** A weight that cannot be kept, or one said when there is no exercise with dumbbells to keep it for. */
    public static String loadNotKept(Integer heard, Load.Unit unit, boolean weighted) {
        if (!weighted) {
            return "I keep the weight of exercises with dumbbells: tell me after a set of one, like: I used "
                    + (unit == Load.Unit.POUNDS ? "twelve pounds." : "six kilos.");
        }
        return "I can keep a weight from one to " + Words.number(Load.MAX) + " " + unit.word(2)
                + ": say, for example, I used " + (unit == Load.Unit.POUNDS ? "twelve pounds." : "six kilos.");
    }
}
