package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Event.SetCoached;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Tempo;

import java.util.List;

/**
 * One whole set, rep by rep, in one response: tempo counts paced with breaks, breathing on the lift and the
 * lowering, a squeeze at the peak, focus cues naming the muscle, and the rep count. Wording rotates with the
 * set number so set three does not sound like set one. If a long set would not fit the platform's speech
 * limit, the same set is told with the seconds kept as silence instead of counted aloud.
 */
final class SetNarration {

    /** What the rest of a set's response (opening, prompt) may take besides the reps. */
    static final int BUDGET = Ssml.MAX_SPEECH_CHARS - 1000;
    /** Roughly how long a short spoken count word lasts; the break after it fills the rest of the second. */
    private static final int WORD_MILLIS = 350;

    private static final List<String> OPENINGS = List.of("Here we go.", "Let's begin.", "Off we go.", "And begin.");
    private static final List<String> CLOSINGS = List.of("Good set.", "Nicely done.", "Strong work.", "That's the set.");

    private SetNarration() {
    }

    /** @param brief the user asked for brief cues: counts, squeeze and rep numbers, one focus cue per set */
    static Ssml render(SetCoached set, boolean brief) {
        Ssml counted = render(set, brief, false);
        return counted.length() <= BUDGET ? counted : render(set, brief, true);
    }

    private static Ssml render(SetCoached set, boolean brief, boolean compact) {
        Exercise exercise = set.exercise();
        int seed = set.setNumber();
        Ssml ssml = Ssml.speech().say(opening(set));
        if (brief) {
            ssml.say(Words.pick(exercise.focus(), seed));
        } else {
            ssml.say(exercise.breathing().exhale()).say(exercise.breathing().inhale());
        }
        ssml.say(Words.pick(OPENINGS, seed)).pause(800);
        for (int rep = 1; rep <= set.reps(); rep++) {
            rep(ssml, set, rep, brief, compact);
        }
        return ssml.say(Words.pick(CLOSINGS, seed));
    }

    private static String opening(SetCoached set) {
        String name = Words.capitalized(set.exercise().plural());
        if (set.setNumber() == set.totalSets() && set.totalSets() > 1) {
            return "Last set of " + set.exercise().plural() + ". Make it count.";
        }
        if (set.setNumber() == 1) {
            return name + ", set one of " + Words.number(set.totalSets()) + ".";
        }
        return "Set " + Words.number(set.setNumber()) + " of " + Words.number(set.totalSets()) + ".";
    }

    private static void rep(Ssml ssml, SetCoached set, int rep, boolean brief, boolean compact) {
        Exercise exercise = set.exercise();
        Tempo tempo = set.tempo();
        int seed = set.setNumber() * 7 + rep;
        boolean breathingCue = brief ? rep == 1 : rep <= 2;
        ssml.say((breathingCue ? "Breathe out, " + exercise.lift() : Words.capitalized(exercise.lift())) + ",");
        phase(ssml, tempo.up(), compact);
        ssml.stress(Words.pick(exercise.squeeze(), seed)).pause(Math.max(300, tempo.squeeze() * 1000 - 700));
        ssml.say((breathingCue ? "Breathe in, " + exercise.lower() : Words.capitalized(exercise.lower())) + ",");
        phase(ssml, tempo.down(), compact);
        ssml.say(repCount(rep, set.reps()));
        if (!brief && rep % 3 == 2 && rep < set.reps()) {
            ssml.say(Words.pick(exercise.focus(), seed));
        }
    }

    /** A phase of the rep: counted aloud once a second, or, when words must be saved, one silence as long. */
    private static void phase(Ssml ssml, int seconds, boolean compact) {
        if (compact) {
            ssml.pause(seconds * 1000 - WORD_MILLIS);
        } else {
            counts(ssml, seconds);
        }
    }

    /** "curl, two, three": the phase word is the first second, then one count word a second. */
    private static void counts(Ssml ssml, int seconds) {
        ssml.pause(1000 - WORD_MILLIS);
        for (int second = 2; second <= seconds; second++) {
            ssml.say(Words.number(second) + ",").pause(1000 - WORD_MILLIS);
        }
    }

    private static String repCount(int rep, int reps) {
        int left = reps - rep;
        if (left == 0) {
            return "And that's " + Words.number(reps) + "!";
        }
        if (left == 1) {
            return "That's " + Words.number(rep) + ". One more!";
        }
        if (rep == reps / 2 || left == 3) {
            return "That's " + Words.number(rep) + ", " + Words.number(left) + " to go.";
        }
        return Words.capitalized(Words.number(rep)) + ".";
    }
}
