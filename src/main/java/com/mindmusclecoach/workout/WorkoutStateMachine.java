package com.mindmusclecoach.workout;

import com.mindmusclecoach.workout.Command.Action;
import com.mindmusclecoach.workout.Command.Rate;
import com.mindmusclecoach.workout.Command.SetReps;
import com.mindmusclecoach.workout.Command.SetRest;
import com.mindmusclecoach.workout.Command.StartWorkout;
import com.mindmusclecoach.workout.Event.Reason;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of a coached workout: every (phase, command) pair has an outcome, and a command that does not fit
 * the moment yields a {@link Event.Rejected} the coach can speak, never an exception. Pure: no clock, no I/O.
 */
public final class WorkoutStateMachine {

    /** Reps a set may have: a set is coached in one response, and twenty slow reps is what fits. */
    public static final int MIN_REPS = 1;
    public static final int MAX_REPS = 20;
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    private final Catalogue catalogue;

    public WorkoutStateMachine(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Transition apply(WorkoutSession given, Command command) {
        WorkoutSession s = repaired(given);
        if (command instanceof StartWorkout start) {
            return start(s, start);
        }
        if (command instanceof Rate rate) {
            return rate(s, rate.value());
        }
        if (command instanceof SetReps reps) {
            return setReps(s, reps.reps());
        }
        if (command instanceof SetRest rest) {
            return setRest(s, rest.seconds());
        }
        if (command instanceof Command.ReportPain || command instanceof Command.RepsDone) {
            return reject(s, Reason.NOT_UNDERSTOOD);
        }
        return act(s, (Action) command);
    }

    private Transition act(WorkoutSession s, Action action) {
        return switch (action) {
            case READY -> ready(s);
            case YES -> s.phase() == Phase.RATING ? reject(s, Reason.RATING_NEEDS_NUMBER) : ready(s);
            case NO -> no(s);
            case NEXT -> next(s);
            case SKIP -> skip(s);
            case SKIP_EXERCISE -> skipExercise(s);
            case PAUSE -> pause(s);
            case RESUME -> resume(s);
            case REPEAT -> repeat(s);
            case START_OVER -> startOver(s);
            case SLOWER -> tempo(s, +1);
            case FASTER -> tempo(s, -1);
            case BRIEF_CUES -> verbosity(s, Preferences.Verbosity.BRIEF);
            case FULL_CUES -> verbosity(s, Preferences.Verbosity.FULL);
            case USE_PLAN -> Transition.to(s.withPreferences(Preferences.DEFAULT.withVerbosity(s.preferences().verbosity())),
                    new Event.PlanRestored());
            case HOW_MANY_LEFT -> status(s);
            case WHY -> Transition.to(s, new Event.Benefits());
            case HELP -> Transition.to(s, new Event.Help(s.phase()));
            case STOP -> stop(s);
            case NOT_UNDERSTOOD, TOO_HARD, TOO_EASY -> reject(s, Reason.NOT_UNDERSTOOD);
        };
    }

    /**
     * Ends at once. Stopping at the rating of the workout's very last set finishes the workout; stopping
     * at an offer to resume says goodbye without counting the earlier visit's sets as today's.
     */
    private Transition stop(WorkoutSession s) {
        if (s.phase() == Phase.RATING && isLastSet(s)) {
            return afterRating(s, null);
        }
        List<CompletedSet> today = s.phase() == Phase.OFFERING_RESUME ? List.of() : s.completed();
        return Transition.ending(s, new Event.Goodbye(Summary.of(today)));
    }

    private boolean isLastSet(WorkoutSession s) {
        return s.exerciseIndex() == routine(s).steps().size() - 1 && s.setNumber() == step(s).sets();
    }

    private Transition start(WorkoutSession s, StartWorkout command) {
        return catalogue.routine(command.routineId())
                .map(routine -> {
                    WorkoutSession started = s.start(routine.id());
                    return Transition.to(started, new Event.WorkoutStarted(routine), introduce(started, true));
                })
                .orElseGet(() -> reject(s, Reason.UNKNOWN_WORKOUT, command.heard()));
    }

    private Transition ready(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING -> reject(s, Reason.NO_WORKOUT_YET);
            case FINISHED -> reject(s, Reason.WORKOUT_FINISHED);
            case BRIEFING, RESTING -> coachSet(s);
            case RATING -> afterRating(s, null);
            case PAUSED, OFFERING_RESUME -> resume(s);
        };
    }

    private Transition no(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING, FINISHED -> Transition.ending(s, new Event.Goodbye(Summary.of(s.completed())));
            case BRIEFING, RESTING, PAUSED -> Transition.to(s, new Event.Waiting());
            case RATING -> reject(s, Reason.RATING_NEEDS_NUMBER);
            case OFFERING_RESUME -> Transition.to(WorkoutSession.choosing(s.preferences()), new Event.ResumeDeclined());
        };
    }

    private Transition rate(WorkoutSession s, Integer value) {
        if (s.activePhase() != Phase.RATING) {
            return reject(s, Reason.NOT_RATING_NOW, value == null ? null : String.valueOf(value));
        }
        if (value == null) {
            return reject(s, Reason.RATING_NEEDS_NUMBER);
        }
        if (value < MIN_RATING || value > MAX_RATING) {
            return reject(s, Reason.RATING_OUT_OF_RANGE, String.valueOf(value));
        }
        return afterRating(s.inPhase(Phase.RATING), value);
    }

    /** "Next" moves on to what comes next: the coming set, or past the rating question. It never skips a set. */
    private Transition next(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING -> reject(s, Reason.NO_WORKOUT_YET);
            case FINISHED -> reject(s, Reason.WORKOUT_FINISHED);
            case BRIEFING, RESTING -> coachSet(s);
            case RATING -> afterRating(s, null);
            case PAUSED, OFFERING_RESUME -> next(s.inPhase(s.pausedFrom()));
        };
    }

    /** "Skip": the rating when one is asked, otherwise the coming set. */
    private Transition skip(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING -> reject(s, Reason.NO_WORKOUT_YET);
            case FINISHED -> reject(s, Reason.WORKOUT_FINISHED);
            case BRIEFING, RESTING -> skipSet(s);
            case RATING -> afterRating(s, null);
            case PAUSED, OFFERING_RESUME -> skip(s.inPhase(s.pausedFrom()));
        };
    }

    private Transition skipExercise(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING -> reject(s, Reason.NO_WORKOUT_YET);
            case FINISHED -> reject(s, Reason.WORKOUT_FINISHED);
            case BRIEFING, RATING, RESTING -> nextExercise(s, false, new Event.ExerciseSkipped(exercise(s)));
            case PAUSED, OFFERING_RESUME -> skipExercise(s.inPhase(s.pausedFrom()));
        };
    }

    private Transition pause(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING -> reject(s, Reason.NO_WORKOUT_YET);
            case FINISHED -> reject(s, Reason.WORKOUT_FINISHED);
            case PAUSED -> reject(s, Reason.ALREADY_PAUSED);
            case OFFERING_RESUME -> Transition.to(s, new Event.Waiting());
            case BRIEFING, RATING, RESTING -> Transition.to(s.holding(Phase.PAUSED), new Event.Paused());
        };
    }

    private Transition resume(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING -> reject(s, Reason.NO_WORKOUT_YET);
            case FINISHED -> reject(s, Reason.WORKOUT_FINISHED);
            case PAUSED, OFFERING_RESUME -> Transition.to(s.inPhase(s.pausedFrom()), new Event.Resumed());
            case BRIEFING, RESTING -> coachSet(s);
            case RATING -> reject(s, Reason.NOT_PAUSED);
        };
    }

    private Transition repeat(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING, RATING -> Transition.to(s);
            case FINISHED -> reject(s, Reason.WORKOUT_FINISHED);
            case BRIEFING -> Transition.to(s, introduce(s, false));
            case RESTING, PAUSED, OFFERING_RESUME -> status(s);
        };
    }

    private Transition startOver(WorkoutSession s) {
        if (!s.hasWorkout()) {
            return reject(s, Reason.NO_WORKOUT_YET);
        }
        WorkoutSession fresh = s.start(s.routineId());
        return Transition.to(fresh, new Event.StartedOver(routine(s)), introduce(fresh, true));
    }

    private Transition tempo(WorkoutSession s, int delta) {
        int shift = s.preferences().tempoShift() + delta;
        if (shift < Tempo.MIN_SHIFT || shift > Tempo.MAX_SHIFT) {
            return reject(s, Reason.TEMPO_AT_LIMIT, delta > 0 ? "slower" : "faster");
        }
        WorkoutSession changed = s.withPreferences(s.preferences().withTempoShift(shift));
        boolean underWay = s.hasWorkout() && s.phase() != Phase.FINISHED;
        return Transition.to(changed, new Event.TempoChanged(underWay ? exercise(changed) : null,
                underWay ? tempo(changed) : null, delta > 0));
    }

    private Transition setReps(WorkoutSession s, Integer reps) {
        if (reps == null) {
            return reject(s, Reason.REPS_NEED_NUMBER);
        }
        if (reps < MIN_REPS || reps > MAX_REPS) {
            return reject(s, Reason.REPS_OUT_OF_RANGE, String.valueOf(reps));
        }
        return Transition.to(s.withPreferences(s.preferences().withReps(reps)), new Event.RepsChanged(reps));
    }

    private Transition setRest(WorkoutSession s, Integer seconds) {
        if (seconds == null || seconds < Preferences.MIN_REST_SECONDS || seconds > Preferences.MAX_REST_SECONDS) {
            return reject(s, Reason.REST_OUT_OF_RANGE, seconds == null ? null : String.valueOf(seconds));
        }
        return Transition.to(s.withPreferences(s.preferences().withRestSeconds(seconds)), new Event.RestChanged(seconds));
    }

    private Transition verbosity(WorkoutSession s, Preferences.Verbosity verbosity) {
        return Transition.to(s.withPreferences(s.preferences().withVerbosity(verbosity)), new Event.VerbosityChanged(verbosity));
    }

    /**
     * The workout a returning user left unfinished, ready to offer: on hold in OFFERING_RESUME. A set left
     * unrated counts as done, so the offer picks up at the next set. Empty when nothing is left to resume.
     */
    public Optional<WorkoutSession> resumable(WorkoutSession stored) {
        WorkoutSession s = repaired(stored);
        if (s.phase() == Phase.PAUSED || s.phase() == Phase.OFFERING_RESUME) {
            s = s.inPhase(s.pausedFrom());
        }
        if (s.phase() == Phase.RATING) {
            Transition settled = afterRating(s, s.completed().get(s.completed().size() - 1).rating());
            if (settled.ends()) {
                return Optional.empty();
            }
            s = settled.session();
        }
        return s.isUnfinished() ? Optional.of(s.holding(Phase.OFFERING_RESUME)) : Optional.empty();
    }

    private Transition status(WorkoutSession s) {
        if (!s.hasWorkout()) {
            return reject(s, Reason.NO_WORKOUT_YET);
        }
        if (s.phase() == Phase.FINISHED) {
            return reject(s, Reason.WORKOUT_FINISHED);
        }
        RoutineStep step = step(s);
        int setsLeft = step.sets() - s.setNumber() + (s.activePhase() == Phase.RATING ? 0 : 1);
        int exercisesAfter = routine(s).steps().size() - s.exerciseIndex() - 1;
        return Transition.to(s, new Event.Status(step.exercise(), setsLeft, reps(s), exercisesAfter));
    }

    private Transition coachSet(WorkoutSession s) {
        RoutineStep step = step(s);
        int reps = reps(s);
        int done = step.exercise().isHold() ? 1 : reps;
        WorkoutSession coached = s.plus(new CompletedSet(step.exercise().id(), s.setNumber(), done, null))
                .inPhase(Phase.RATING);
        return Transition.to(coached, new Event.SetCoached(step.exercise(), s.setNumber(), step.sets(), reps, tempo(s)));
    }

    private Transition afterRating(WorkoutSession s, Integer rating) {
        WorkoutSession rated = s.ratingLast(rating);
        Event taken = new Event.RatingTaken(exercise(s), rating);
        if (s.setNumber() < step(s).sets()) {
            WorkoutSession resting = rated.atSet(s.setNumber() + 1).inPhase(Phase.RESTING);
            return Transition.to(resting, taken, new Event.RestStarted(exercise(s), restSeconds(s), exercise(s)));
        }
        return nextExercise(rated, true, taken);
    }

    private Transition skipSet(WorkoutSession s) {
        Event skipped = new Event.SetSkipped(exercise(s), s.setNumber());
        if (s.setNumber() < step(s).sets()) {
            return Transition.to(s.atSet(s.setNumber() + 1), skipped);
        }
        return nextExercise(s, false, skipped);
    }

    /** Moves past the current exercise: the next one's briefing, or the end of the workout. */
    private Transition nextExercise(WorkoutSession s, boolean rest, Event before) {
        List<Event> events = new ArrayList<>(List.of(before));
        Routine routine = routine(s);
        if (s.exerciseIndex() + 1 >= routine.steps().size()) {
            WorkoutSession finished = s.inPhase(Phase.FINISHED);
            events.add(new Event.WorkoutFinished(routine, Summary.of(s.completed())));
            return new Transition(finished, events, true);
        }
        WorkoutSession next = s.atNextExercise();
        if (rest) {
            events.add(new Event.RestStarted(exercise(s), restSeconds(s), exercise(next)));
        }
        events.add(introduce(next, false));
        return new Transition(next, events, false);
    }

    private Event introduce(WorkoutSession s, boolean firstOfWorkout) {
        RoutineStep step = step(s);
        return new Event.ExerciseIntroduced(step.exercise(), step.sets(), reps(s), tempo(s), firstOfWorkout);
    }

    private Transition reject(WorkoutSession s, Reason reason) {
        return reject(s, reason, null);
    }

    private Transition reject(WorkoutSession s, Reason reason, String heard) {
        return Transition.to(s, new Event.Rejected(reason, heard));
    }

    /**
     * Session attributes come back from the device and may be stale (a routine renamed in a new release) or
     * inconsistent; such a session starts again from the choice instead of failing every turn.
     */
    private WorkoutSession repaired(WorkoutSession given) {
        if (given == null || given.phase() == null) {
            return WorkoutSession.choosing();
        }
        // Preferences out of today's limits (say, from an older release) are reset; the workout is kept.
        WorkoutSession s = given.preferences().inRange() ? given : given.withPreferences(Preferences.DEFAULT);
        if (s.phase() == Phase.CHOOSING) {
            return s;
        }
        boolean onHold = s.phase() == Phase.PAUSED || s.phase() == Phase.OFFERING_RESUME;
        boolean consistent = catalogue.routine(s.routineId())
                .filter(r -> s.exerciseIndex() >= 0 && s.exerciseIndex() < r.steps().size())
                .filter(r -> s.setNumber() >= 1 && s.setNumber() <= r.step(s.exerciseIndex()).sets())
                .isPresent()
                && (!onHold || s.pausedFrom() == Phase.BRIEFING || s.pausedFrom() == Phase.RATING
                        || s.pausedFrom() == Phase.RESTING)
                && (s.activePhase() != Phase.RATING || !s.completed().isEmpty());
        return consistent ? s : WorkoutSession.choosing(s.preferences());
    }

    private Routine routine(WorkoutSession s) {
        return catalogue.routine(s.routineId()).orElseThrow();
    }

    private RoutineStep step(WorkoutSession s) {
        return routine(s).step(s.exerciseIndex());
    }

    private Exercise exercise(WorkoutSession s) {
        return step(s).exercise();
    }

    /** Reps of the coming set; for a hold, its seconds, which "make it ten reps" does not change. */
    private int reps(WorkoutSession s) {
        return s.preferences().reps() > 0 && !exercise(s).isHold() ? s.preferences().reps() : step(s).reps();
    }

    private int restSeconds(WorkoutSession s) {
        return s.preferences().restSeconds() > 0 ? s.preferences().restSeconds() : routine(s).restSeconds();
    }

    private Tempo tempo(WorkoutSession s) {
        return exercise(s).tempo().shifted(s.preferences().tempoShift());
    }
}
