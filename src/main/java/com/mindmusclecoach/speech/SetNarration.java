package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.Event.SetCoached;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Movement;
import com.mindmusclecoach.workout.Tempo;

import java.util.ArrayList;
import java.util.List;

/**
 * One whole set, rep by rep, in one response, counted in the order the body moves: a squat sits back before it
 * stands, a curl lifts before it lowers. Each phase lasts as long as the tempo says: its words are timed at
 * {@value Timeline#WORD_MILLIS} ms each (150 words a minute) and the rest of the phase is silence, so a trainee who
 * follows the voice moves at the announced tempo. Focus cues ride inside the lowering, in place of its count;
 * the rep number falls at the start position, where the trainee can breathe and listen. Breathing is said once
 * in the set's opening and cued briefly on the first rep. A one-sided exercise is done on both sides within
 * the set, the same reps each; a set too long for both in one response is coached one side per response
 * ({@link Event.Part}). If a long set would still not fit the platform's speech limit, the counts are kept as silence
 * instead of spoken.
 */
final class SetNarration {

    /** What the rest of a set's response (opening, prompt) may take besides the reps. */
    static final int BUDGET = Ssml.MAX_SPEECH_CHARS - 1000;
    /** The shortest silence after a spoken count, so counts never run together. */
    private static final int MIN_GAP_MILLIS = 100;
    /** Time to change sides in a one-sided set. */
    private static final int SWITCH_MILLIS = 4000;
    /** A rep this short (the quickest tempo) has no time for a spoken squeeze cue and a rep number at the top. */
    private static final int QUICK_REP_SECONDS = 5;

    private static final List<String> OPENINGS = List.of("Here we go.", "Let's begin.", "Off we go.", "And begin.");
    private static final List<String> CLOSINGS = List.of("Good set.", "Nicely done.", "Strong work.", "That's the set.");

    private SetNarration() {
    }

    /**
     * @param brief           the user asked for brief cues: counts, squeeze and rep numbers, one focus cue per set
     * @param firstOfExercise the first set of this exercise today (set one, or the first after a swap): it is named,
     *                        and its breathing said
     */
    static Ssml render(SetCoached set, boolean brief, boolean firstOfExercise) {
        Ssml counted = render(set, brief, firstOfExercise, false);
        return counted.length() <= BUDGET ? counted : render(set, brief, firstOfExercise, true);
    }

    private static Ssml render(SetCoached set, boolean brief, boolean firstOfExercise, boolean compact) {
        Exercise exercise = set.exercise();
        int seed = set.setNumber();
        Ssml ssml = Ssml.speech();
        if (set.part() != Event.Part.SECOND_SIDE) {
            ssml.say(opening(set, firstOfExercise));
            if (brief) {
                ssml.say(Words.pick(exercise.focus(), seed));
            } else if (firstOfExercise) {
                ssml.say(breathing(exercise));
            }
        }
        if (exercise.isHold()) {
            HoldNarration.render(ssml, exercise, set.reps(), seed, Words.pick(OPENINGS, seed));
            return ssml.say(Words.pick(CLOSINGS, seed));
        }
        List<String> sides = sides(set);
        for (int i = 0; i < sides.size(); i++) {
            if (i > 0) {
                ssml.say("Switch sides.").pause(SWITCH_MILLIS);
            }
            if (!sides.get(i).isEmpty()) {
                ssml.say(Words.capitalized(sides.get(i)) + " side.");
            }
            ssml.say(i == 0 ? Words.pick(OPENINGS, seed) : "And begin.").pause(800);
            for (int rep = 1; rep <= set.reps(); rep++) {
                rep(ssml, set, rep, brief, compact);
            }
        }
        return set.part() == Event.Part.FIRST_SIDE ? ssml.say("That's the right side.")
                : ssml.say(Words.pick(CLOSINGS, seed));
    }

    /** The sides coached in this response, in order; one unnamed side for an exercise worked on both at once. */
    private static List<String> sides(SetCoached set) {
        if (!set.exercise().sided()) {
            return List.of("");
        }
        return switch (set.part()) {
            case WHOLE -> List.of("right", "left");
            case FIRST_SIDE -> List.of("right");
            case SECOND_SIDE -> List.of("left");
        };
    }

    /** Breathing for the whole set, said once, in the order the movement goes. */
    static String breathing(Exercise exercise) {
        return exercise.movement().order() == Movement.Order.LOWER_FIRST
                ? exercise.breathing().inhale() + " " + exercise.breathing().exhale()
                : exercise.breathing().exhale() + " " + exercise.breathing().inhale();
    }

    private static String opening(SetCoached set, boolean firstOfExercise) {
        String name = Words.capitalized(set.exercise().plural());
        if (set.setNumber() == set.totalSets() && set.totalSets() > 1) {
            return "Last set of " + set.exercise().plural() + ". Make it count.";
        }
        if (set.setNumber() == 1 || firstOfExercise) {
            return name + ", set " + Words.number(set.setNumber()) + " of " + Words.number(set.totalSets()) + ".";
        }
        return "Set " + Words.number(set.setNumber()) + " of " + Words.number(set.totalSets()) + ".";
    }

    private static void rep(Ssml ssml, SetCoached set, int rep, boolean brief, boolean compact) {
        Exercise exercise = set.exercise();
        Tempo tempo = set.tempo();
        int seed = set.setNumber() * 7 + rep;
        boolean firstRep = rep == 1;
        boolean liftFirst = exercise.movement().order() != Movement.Order.LOWER_FIRST;
        String number = repCount(rep, set.reps(), liftFirst);
        int besideCue = Timeline.words(exercise.lower()) + (liftFirst ? Timeline.words(number) : 0);
        String cue = !brief && rep % 2 == 0 ? fittingCue(exercise.focus(), seed, tempo.down(), besideCue) : null;
        Phase lower = new Phase(tempo.down(), firstRep ? "Breathe in, " + exercise.lower() : exercise.lower(),
                exercise.lower(), cue);
        Phase lift = new Phase(tempo.up(), firstRep ? "Breathe out, " + exercise.lift() : exercise.lift(),
                exercise.lift(), null);
        if (liftFirst) {
            lift.say(ssml, compact);
            squeeze(ssml, Words.pick(exercise.squeeze(), seed), null, tempo.squeeze());
            lower.withEnding(number).say(ssml, compact);
        } else {
            lower.say(ssml, compact);
            lift.say(ssml, compact);
            // At the quickest tempo a one-word squeeze keeps the count on pace; the rep number follows it at the top.
            String squeeze = tempo.secondsPerRep() > QUICK_REP_SECONDS ? Words.pick(exercise.squeeze(), seed) : "Squeeze.";
            squeeze(ssml, squeeze, number, tempo.squeeze());
        }
    }

    /** The squeeze at the peak, held for its seconds; the rep number follows when the peak is the start position. */
    private static void squeeze(Ssml ssml, String squeeze, String number, int seconds) {
        Timeline timeline = new Timeline(ssml).stress(squeeze);
        timeline.waitUntil(Math.max(seconds * 1000, timeline.clock() + MIN_GAP_MILLIS));
        if (number != null) {
            ssml.say(number).pause(MIN_GAP_MILLIS);
        }
    }

    /**
     * One phase of a rep, {@code seconds} long: its word (with a breathing cue on the first rep when it fits),
     * then a focus cue or a count a second, then whatever closes it (the rep number), with the silence between.
     */
    private record Phase(int seconds, String opening, String word, String cue, String ending) {

        Phase(int seconds, String opening, String word, String cue) {
            this(seconds, opening, word, cue, null);
        }

        Phase withEnding(String value) {
            return new Phase(seconds, opening, word, cue, value);
        }

        /**
         * Counts fall on the second ("Sit back," at zero, "two," at one second, "three," at two); a cue follows the
         * phase's word; the ending (the rep number) takes the place of the last count, running over the phase's
         * time only by what it takes to say.
         */
        void say(Ssml ssml, boolean compact) {
            List<String> beats = new ArrayList<>();
            beats.add(Words.capitalized(fits(opening) ? opening : word) + ",");
            if (!compact && cue != null) {
                beats.add(cue);
            } else if (!compact) {
                for (int second = 2; second <= lastCount(); second++) {
                    beats.add(Words.number(second) + ",");
                }
            }
            Timeline timeline = new Timeline(ssml);
            for (int i = 0; i < beats.size(); i++) {
                timeline.waitUntil(cue != null ? timeline.clock() + (i == 0 ? 0 : MIN_GAP_MILLIS) : i * 1000)
                        .say(beats.get(i));
            }
            if (ending != null) {
                timeline.waitUntil(Math.max(timeline.clock() + MIN_GAP_MILLIS, cue != null ? 0 : (seconds - 1) * 1000))
                        .say(ending);
            }
            timeline.waitUntil(Math.max(seconds * 1000, timeline.clock() + MIN_GAP_MILLIS));
        }

        /** The last second counted aloud: the ending, when there is one, takes the place of the last count. */
        private int lastCount() {
            return ending == null ? seconds : seconds - 1;
        }

        private boolean fits(String words) {
            int others = (cue != null ? Timeline.words(cue) : lastCount() - 1) + (ending != null ? Timeline.words(ending) : 0);
            return (Timeline.words(words) + others) * Timeline.WORD_MILLIS <= seconds * 1000;
        }
    }

    /**
     * One of the focus cues {@code options}, rotating with {@code seed}, that can be said within {@code seconds}
     * alongside {@code otherWords} other words; null when none fits, since a cue is optional.
     */
    private static String fittingCue(List<String> options, int seed, int seconds, int otherWords) {
        for (int i = 0; i < options.size(); i++) {
            String option = Words.pick(options, seed + i);
            if ((Timeline.words(option) + otherWords) * Timeline.WORD_MILLIS <= seconds * 1000) {
                return option;
            }
        }
        return null;
    }

    /**
     * Said at the start position after each rep: the number, with a word of encouragement near the end. After a
     * lowering it is "That's one", so it cannot be heard as one more count; at the top, after the squeeze, the
     * number alone.
     */
    private static String repCount(int rep, int reps, boolean afterLowering) {
        int left = reps - rep;
        String number = afterLowering ? "That's " + Words.number(rep) : Words.capitalized(Words.number(rep));
        if (left == 0) {
            return "And that's " + Words.number(reps) + "!";
        }
        if (left == 1) {
            return number + ". Last one.";
        }
        if (reps >= 8 && rep == reps / 2) {
            return number + ", halfway.";
        }
        return number + ".";
    }
}
