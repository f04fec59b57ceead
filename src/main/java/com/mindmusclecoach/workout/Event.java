package com.mindmusclecoach.workout;

import java.util.List;

/** Something that happened in one turn, for the narrator to put into words, in order. */
public sealed interface Event {

    /** {@code kitUnmet}: the kit asked for that nothing fitted, so this is the usual workout; null otherwise. */
    record WorkoutStarted(Routine routine, Kit kitUnmet) implements Event {

        public WorkoutStarted(Routine routine) {
            this(routine, null);
        }
    }

    /** A short warm-up for the day's muscles, led before the first exercise. */
    record WarmUp(List<Move> moves) implements Event {
    }

    /** "Skip the warm-up": straight to the first exercise. */
    record WarmUpSkipped() implements Event {
    }

    /** A stretch for each muscle trained, held and breathed through. */
    record CoolDown(List<Stretch> stretches) implements Event {
    }

    /** The session's last words; {@code next} is what to train next time (null when the catalogue has no other). */
    record Closing(Routine next) implements Event {
    }

    /** An exercise is introduced and visualized before its first set. */
    record ExerciseIntroduced(Exercise exercise, int sets, int reps, Tempo tempo, boolean firstOfWorkout) implements Event {
    }

    /**
     * A set coached rep by rep (a hold: {@code reps} seconds). A one-sided exercise is coached on both sides in
     * one {@link Part#WHOLE} set, or, where both would not fit one response, one side at a time.
     */
    record SetCoached(Exercise exercise, int setNumber, int totalSets, int reps, Tempo tempo, Part part) implements Event {

        public SetCoached(Exercise exercise, int setNumber, int totalSets, int reps, Tempo tempo) {
            this(exercise, setNumber, totalSets, reps, tempo, Part.WHOLE);
        }
    }

    /** Which part of a set a response coaches. */
    enum Part { WHOLE, FIRST_SIDE, SECOND_SIDE }

    /** A rating was given ({@code rating} 1-5) or skipped (null). */
    record RatingTaken(Exercise exercise, Integer rating) implements Event {
    }

    /** A rest after a set of {@code exercise}; {@code coming} is the exercise of the next set, the same or the next one. */
    record RestStarted(Exercise exercise, int seconds, Exercise coming) implements Event {
    }

    record SetSkipped(Exercise exercise, int setNumber) implements Event {
    }

    record ExerciseSkipped(Exercise exercise) implements Event {
    }

    record WorkoutFinished(Routine routine, Summary summary) implements Event {
    }

    record Paused() implements Event {
    }

    /**
     * Pain or discomfort was reported. {@code exercise} is the one that hurt (null when no workout is under way);
     * {@code setWithdrawn}: the set just coached does not count; {@code gentler}: an easier exercise for the same
     * muscles to offer (null when the catalogue has none); {@code nextUp}: the routine's next exercise (null when
     * this is the last).
     */
    record PainHeard(Exercise exercise, String bodyPart, boolean recurring, boolean setWithdrawn, Exercise gentler,
                     Exercise nextUp) implements Event {
    }

    /**
     * "I don't have dumbbells": {@code alternative}, an exercise for the same muscles without weights, takes the place
     * of {@code exercise} for the rest of its sets; null when there is none, and the coach suggests what to use.
     */
    record NoEquipment(Exercise exercise, Exercise alternative) implements Event {
    }

    /** The gentler exercise takes the painful one's place for the rest of its sets. */
    record ExerciseSwapped(Exercise from, Exercise to) implements Event {
    }

    /** "Too hard" or "too easy" changed the rest of this exercise: its reps (a hold: seconds) and tempo now. */
    record EffortChanged(Exercise exercise, Effort effort, int reps, Tempo tempo) implements Event {
    }

    enum Effort { LIGHTER, SLOWER, MORE_REPS, AT_LIMIT, SHORTER_HOLD, LONGER_HOLD }

    /** "I only did six": the set just coached counts the reps actually done. */
    record RepsCorrected(Exercise exercise, int reps, int planned) implements Event {
    }

    /** A change that would drop the workout so far waits for a yes; {@code soFar} is what has been done. */
    record ChangeAsked(Summary soFar) implements Event {
    }

    /** The change was declined: the workout carries on where it was. */
    record KeptGoing() implements Event {
    }

    record Resumed() implements Event {
    }

    /** {@code tempo} is {@code exercise}'s new tempo; both null when no exercise is under way. */
    record TempoChanged(Exercise exercise, Tempo tempo, boolean slower) implements Event {
    }

    record RepsChanged(int reps) implements Event {
    }

    record RestChanged(int seconds) implements Event {
    }

    record VerbosityChanged(Preferences.Verbosity verbosity) implements Event {
    }

    /** Reps, rest and tempo are back to each routine's plan. */
    record PlanRestored() implements Event {
    }

    /** The user would rather not pick up the workout they left unfinished. */
    record ResumeDeclined() implements Event {
    }

    record StartedOver(Routine routine) implements Event {
    }

    /** Where the workout stands: "two sets of eight curls to go, then two more exercises". */
    record Status(Exercise exercise, int setsLeft, int reps, int exercisesAfter) implements Event {
    }

    /** Why the method works. */
    record Benefits() implements Event {
    }

    /** What can be said in {@code phase}. */
    record Help(Phase phase) implements Event {
    }

    /** The user wants more time before the next set. */
    record Waiting() implements Event {
    }

    /** The user leaves; {@code summary} covers the sets done in this workout. */
    record Goodbye(Summary summary) implements Event {
    }

    /** A command that does not fit this moment, with what was heard when it helps to say it back. */
    record Rejected(Reason reason, String heard) implements Event {
    }

    enum Reason {
        UNKNOWN_WORKOUT, NO_WORKOUT_YET, RATING_OUT_OF_RANGE, NOT_RATING_NOW, RATING_NEEDS_NUMBER,
        WARM_UP_OVER, REPS_OUT_OF_RANGE, REPS_NEED_NUMBER, REPS_DONE_NOT_NOW, REPS_DONE_NEED_NUMBER, REPS_DONE_OUT_OF_RANGE, REST_OUT_OF_RANGE, TEMPO_AT_LIMIT, ALREADY_PAUSED, NOT_PAUSED, WORKOUT_FINISHED, NOT_UNDERSTOOD
    }

    /**
     * Ratings of earlier sessions changed how {@code exercise} is coached today (see {@link Coaching}), said with the
     * exercise's introduction: {@code slower}, its tempo is a second slower each way; {@code moreReps}, reps (a hold:
     * seconds) added; {@code heavier}, progression at the top of the reps takes the remembered load a step heavier
     * (the {@link LoadSuggested} says how much). Gentler coaching also brings a longer visualization, a touch cue and a
     * lighter load.
     */
    record CoachingAdapted(Exercise exercise, Coaching.Kind kind, boolean slower, int moreReps, boolean heavier)
            implements Event {

        public CoachingAdapted(Exercise exercise, Coaching.Kind kind, boolean slower, int moreReps) {
            this(exercise, kind, slower, moreReps, false);
        }
    }

    /** {@code last} is the weight used for {@code exercise} last time; {@code today} the one to use now. */
    record LoadSuggested(Exercise exercise, Load last, Load today) implements Event {
    }

    /**
     * After the first set of an exercise with dumbbells: the user may say the weight used (optional, once per
     * exercise). {@code known}: a weight is remembered already; {@code unit} is the locale's.
     */
    record LoadAsked(Exercise exercise, boolean known, Load.Unit unit) implements Event {
    }
}
