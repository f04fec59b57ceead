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
    public static final int MIN_REPS = PlannedReps.MIN_REPS;
    public static final int MAX_REPS = PlannedReps.MAX_REPS;
    /**
     * The most seconds of counting one response holds for both sides of a one-sided set; a longer set is coached one
     * side at a time, so no cue is left out to make it fit.
     */
    public static final int MAX_BOTH_SIDES_SECONDS = 160;
    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    private final Catalogue catalogue;

    public WorkoutStateMachine(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The exercises and routines this machine coaches. */
    public Catalogue catalogue() {
        return catalogue;
    }

    public Transition apply(WorkoutSession given, Command command) {
        WorkoutSession s = repaired(given);
        if (s.phase() == Phase.CONFIRMING) {
            return confirming(s, command);
        }
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
        if (command instanceof Command.ReportPain pain) {
            return pain(s, pain);
        }
        if (command instanceof Command.RepsDone done) {
            return repsDone(s, done.reps());
        }
        return act(s, (Action) command);
    }

    /**
     * As {@link #apply(WorkoutSession, Command)}, with the coaching that earlier sessions' ratings call for: an
     * exercise introduced before its first set, for a muscle {@code coaching} names, is coached gentler (a second
     * slower each way, and a remembered load a step lighter) or progressed, for the rest of that exercise, and a
     * {@link Event.CoachingAdapted} follows its introduction. Progression is one change: two reps more (a hold five
     * seconds longer); at the top of the reps ({@value #MAX_REPS}), a remembered dumbbell load a step heavier
     * ({@link Load#heavier()}) with the reps and tempo as they were; at the top with no load remembered (or one at
     * {@link Load#MAX}), a second slower. An exercise already changed ("too easy", or the introduction repeated) is not
     * changed again. A load remembered for a dumbbell exercise is suggested with its introduction
     * ({@link Event.LoadSuggested}) whether or not the coaching changes.
     */
    public Transition apply(WorkoutSession given, Command command, Coaching coaching) {
        Transition transition = apply(given, command);
        return coaching == null || coaching.isEmpty() ? transition : adapted(transition, coaching);
    }

    private Transition adapted(Transition given, Coaching coaching) {
        Transition transition = askingLoad(given, coaching);
        List<Event> events = new ArrayList<>(transition.events());
        int at = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.ExerciseIntroduced) {
                at = i;
            }
        }
        WorkoutSession s = transition.session();
        if (at < 0 || s.phase() != Phase.BRIEFING || s.setNumber() != 1) {
            return transition;
        }
        Event.ExerciseIntroduced intro = (Event.ExerciseIntroduced) events.get(at);
        Exercise exercise = intro.exercise();
        Optional<Coaching.Kind> kind = coaching.of(exercise.muscle());
        if (!exercise.id().equals(exercise(s).id())) {
            return transition;
        }
        Optional<Load> load = exercise.equipment() == Equipment.DUMBBELLS ? coaching.load(exercise.id()) : Optional.empty();
        if (kind.isEmpty()) {
            if (load.isPresent()) {
                events.add(at + 1, new Event.LoadSuggested(exercise, load.get(), load.get()));
            }
            return new Transition(s, events, transition.ends());
        }
        WorkoutSession changed = s;
        Adjustment adjustment = s.adjustment();
        boolean heavier = false;
        if (adjustment.reps() == 0 && adjustment.tempo() == 0) {
            boolean canSlow = s.preferences().tempoShift() < Tempo.MAX_SHIFT;
            if (kind.get() == Coaching.Kind.GENTLER) {
                adjustment = canSlow ? adjustment.withTempo(1) : adjustment;
            } else if (exercise.isHold() || reps(s) + 2 <= MAX_REPS) {
                int target = reps(s) + (exercise.isHold() ? 5 : 2);
                adjustment = adjustment.withReps(bounded(exercise, target) - reps(s));
            } else if (load.isPresent() && !load.get().heavier().equals(load.get())) {
                heavier = true; // the reps are at their top: the weight is the step up, not the tempo
            } else if (canSlow) {
                adjustment = adjustment.withTempo(1);
            }
            changed = s.withAdjustment(adjustment);
        }
        if (load.isPresent()) {
            events.add(at + 1, new Event.LoadSuggested(exercise, load.get(), kind.get() == Coaching.Kind.GENTLER
                    ? load.get().lighter() : heavier ? load.get().heavier() : load.get()));
        }
        events.set(at, new Event.ExerciseIntroduced(exercise, intro.sets(), reps(changed), tempo(changed),
                intro.firstOfWorkout()));
        events.add(at + 1, new Event.CoachingAdapted(exercise, kind.get(), changed.adjustment().tempo() > 0,
                Math.max(0, changed.adjustment().reps()), heavier));
        return new Transition(changed, events, transition.ends());
    }

    /**
     * After the first set of an exercise with dumbbells is rated (or the rating skipped) and its rest begins, the user
     * may say the weight used: a {@link Event.LoadAsked} follows the rating.
     */
    private static Transition askingLoad(Transition transition, Coaching coaching) {
        List<Event> events = new ArrayList<>(transition.events());
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Event.RatingTaken rated && rated.exercise().equipment() == Equipment.DUMBBELLS
                    && transition.session().phase() == Phase.RESTING && transition.session().setNumber() == 2
                    && !transition.session().completed().isEmpty()
                    && transition.session().completed().get(transition.session().completed().size() - 1).exerciseId()
                            .equals(rated.exercise().id())) {
                events.add(i + 1, new Event.LoadAsked(rated.exercise(), coaching.load(rated.exercise().id()).isPresent(),
                        coaching.unit()));
                return new Transition(transition.session(), events, transition.ends());
            }
        }
        return transition;
    }

    private Transition act(WorkoutSession s, Action action) {
        return switch (action) {
            case READY -> ready(s);
            case YES -> s.phase() == Phase.RATING ? reject(s, Reason.RATING_NEEDS_NUMBER) : ready(s);
            case NO -> no(s);
            case NEXT -> next(s);
            case SKIP -> skip(s);
            case SKIP_WARM_UP -> skipWarmUp(s);
            case NO_EQUIPMENT -> noEquipment(s);
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
            case TOO_HARD -> effort(s, false);
            case TOO_EASY -> effort(s, true);
            case NOT_UNDERSTOOD -> reject(s, Reason.NOT_UNDERSTOOD);
        };
    }

    /**
     * Ends at once. Stopping at the rating of the workout's very last set finishes the workout; stopping
     * at an offer to resume says goodbye without counting the earlier visit's sets as today's.
     */
    private Transition stop(WorkoutSession s) {
        if (s.phase() == Phase.RATING && isLastSet(s)) {
            Transition finished = afterRating(s, null);
            if (finished.ends()) {
                return finished;
            }
            List<Event> events = new ArrayList<>(finished.events());
            events.add(new Event.Closing(catalogue.next(routine(s)).orElse(null)));
            return new Transition(finished.session().inPhase(Phase.FINISHED), events, true);
        }
        if (s.phase() == Phase.COOLING_DOWN) {
            return closed(s);
        }
        List<CompletedSet> today = s.phase() == Phase.OFFERING_RESUME ? List.of() : s.completed();
        return Transition.ending(s, new Event.Goodbye(Summary.of(today)));
    }

    private boolean isLastSet(WorkoutSession s) {
        return s.exerciseIndex() == routine(s).steps().size() - 1 && s.setNumber() == step(s).sets();
    }

    /** A workout sized to a time is sized at the session's pace (see {@link MadeRoutines#atPace}). */
    private Transition start(WorkoutSession s, StartWorkout command) {
        return catalogue.routine(MadeRoutines.atPace(command.routineId(), s.preferences()))
                .map(routine -> isMidWorkout(s) ? ask(s, Catalogue.withoutPace(routine.id())
                        .equals(Catalogue.withoutPace(s.routineId()))
                        ? WorkoutSession.START_OVER : WorkoutSession.SWITCH_TO + routine.id())
                        : started(s, routine, command.kitUnmet()))
                .orElseGet(() -> reject(s, Reason.UNKNOWN_WORKOUT, command.heard()));
    }

    /** A new workout: the overview, a short warm-up for its muscles, then the first exercise. */
    private Transition started(WorkoutSession s, Routine routine) {
        return started(s, routine, null);
    }

    /** @param kitUnmet the kit asked for that nothing fitted (see {@link StartWorkout#kitUnmet()}); null otherwise */
    private Transition started(WorkoutSession s, Routine routine, Kit kitUnmet) {
        WorkoutSession started = s.start(routine.id());
        List<Move> warmUp = catalogue.warmUp(routine);
        Event.WorkoutStarted begun = new Event.WorkoutStarted(routine, kitUnmet);
        return warmUp.isEmpty() ? Transition.to(started, begun, introduce(started, true))
                : Transition.to(started, begun, new Event.WarmUp(warmUp), introduce(started, true));
    }

    /**
     * "I don't have dumbbells": an exercise that needs them gives way to its alternative without weights for the rest
     * of its sets, briefed from its start; with no alternative the coach says what to use instead. One that needs
     * none carries on.
     */
    private Transition noEquipment(WorkoutSession s) {
        if (!s.isUnfinished()) {
            return reject(s, s.hasWorkout() ? Reason.WORKOUT_FINISHED : Reason.NO_WORKOUT_YET);
        }
        WorkoutSession held = s.isOnHold() ? s.inPhase(s.pausedFrom()) : s;
        Exercise exercise = exercise(held);
        Optional<Exercise> alternative = exercise.needsWeights()
                ? Optional.ofNullable(exercise.alternative()).flatMap(catalogue::exercise) : Optional.empty();
        if (alternative.isEmpty() || held.activePhase() == Phase.RATING) {
            return Transition.to(s, new Event.NoEquipment(exercise, null));
        }
        WorkoutSession swapped = held.withAdjustment(Adjustment.NONE.withSwap(alternative.get().id())).inPhase(Phase.BRIEFING);
        return Transition.to(swapped, new Event.NoEquipment(exercise, alternative.get()), introduce(swapped, false));
    }

    /** "Skip the warm-up", said over it: the first exercise's briefing again, from its start. */
    private Transition skipWarmUp(WorkoutSession s) {
        boolean atTheStart = s.phase() == Phase.BRIEFING && s.exerciseIndex() == 0 && s.setNumber() == 1
                && s.completed().isEmpty();
        return atTheStart ? Transition.to(s, new Event.WarmUpSkipped(), introduce(s, true)) : reject(s, Reason.WARM_UP_OVER);
    }

    /** The end of the session: a cool-down when asked for, then the last words and what to train next time. */
    private Transition closed(WorkoutSession s, Event... before) {
        List<Event> events = new ArrayList<>(List.of(before));
        events.add(new Event.Closing(catalogue.next(routine(s)).orElse(null)));
        return new Transition(s.inPhase(Phase.FINISHED), events, true);
    }

    private Transition ready(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING -> reject(s, Reason.NO_WORKOUT_YET);
            case FINISHED -> reject(s, Reason.WORKOUT_FINISHED);
            case COOLING_DOWN -> closed(s, new Event.CoolDown(catalogue.coolDown(s.completed())));
            case BRIEFING, RESTING -> coachSet(s);
            case SWITCHING_SIDES -> otherSide(s);
            case RATING -> afterRating(s, null);
            case AFTER_PAIN -> eased(s);
            case PAUSED, OFFERING_RESUME, CONFIRMING -> resume(s);
        };
    }

    private Transition no(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING, FINISHED -> Transition.ending(s, new Event.Goodbye(Summary.of(s.completed())));
            case COOLING_DOWN -> closed(s);
            case BRIEFING, RESTING, SWITCHING_SIDES, PAUSED -> Transition.to(s, new Event.Waiting());
            case RATING -> reject(s, Reason.RATING_NEEDS_NUMBER);
            case OFFERING_RESUME -> Transition.to(WorkoutSession.choosing(s.preferences()), new Event.ResumeDeclined());
            case AFTER_PAIN -> catalogue.gentlerFor(s).isPresent()
                    ? nextExercise(s, false, new Event.ExerciseSkipped(exercise(s))) : stop(s);
            case CONFIRMING -> Transition.to(s.inPhase(s.pausedFrom()), new Event.KeptGoing());
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
            case COOLING_DOWN -> closed(s);
            case BRIEFING, RESTING -> coachSet(s);
            case SWITCHING_SIDES -> otherSide(s);
            case RATING -> afterRating(s, null);
            case AFTER_PAIN -> nextExercise(s, false, new Event.ExerciseSkipped(exercise(s)));
            case PAUSED, OFFERING_RESUME, CONFIRMING -> next(s.inPhase(s.pausedFrom()));
        };
    }

    /** "Skip": the rating when one is asked, otherwise the coming set. */
    private Transition skip(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING -> reject(s, Reason.NO_WORKOUT_YET);
            case FINISHED -> reject(s, Reason.WORKOUT_FINISHED);
            case COOLING_DOWN -> closed(s);
            case BRIEFING, RESTING -> skipSet(s);
            case SWITCHING_SIDES -> skipSet(s.inPhase(Phase.BRIEFING));
            case RATING -> afterRating(s, null);
            case AFTER_PAIN -> nextExercise(s, false, new Event.ExerciseSkipped(exercise(s)));
            case PAUSED, OFFERING_RESUME, CONFIRMING -> skip(s.inPhase(s.pausedFrom()));
        };
    }

    /** Skipping an exercise under way asks first; after pain it is one of the answers offered, so it is done at once. */
    private Transition skipExercise(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING -> reject(s, Reason.NO_WORKOUT_YET);
            case FINISHED, COOLING_DOWN -> reject(s, Reason.WORKOUT_FINISHED);
            case BRIEFING, SWITCHING_SIDES, RATING, RESTING -> ask(s, WorkoutSession.SKIP_EXERCISE);
            case AFTER_PAIN -> nextExercise(s, false, new Event.ExerciseSkipped(exercise(s)));
            case PAUSED, OFFERING_RESUME, CONFIRMING -> skipExercise(s.inPhase(s.pausedFrom()));
        };
    }

    private Transition pause(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING -> reject(s, Reason.NO_WORKOUT_YET);
            case FINISHED, COOLING_DOWN -> reject(s, Reason.WORKOUT_FINISHED);
            case PAUSED -> reject(s, Reason.ALREADY_PAUSED);
            case OFFERING_RESUME, CONFIRMING -> Transition.to(s, new Event.Waiting());
            case BRIEFING, SWITCHING_SIDES, RATING, RESTING, AFTER_PAIN -> Transition.to(s.holding(Phase.PAUSED), new Event.Paused());
        };
    }

    private Transition resume(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING -> reject(s, Reason.NO_WORKOUT_YET);
            case FINISHED -> reject(s, Reason.WORKOUT_FINISHED);
            case COOLING_DOWN -> ready(s);
            case PAUSED, OFFERING_RESUME, CONFIRMING -> Transition.to(s.inPhase(s.pausedFrom()), new Event.Resumed());
            case BRIEFING, RESTING -> coachSet(s);
            case SWITCHING_SIDES -> otherSide(s);
            case RATING, AFTER_PAIN -> reject(s, Reason.NOT_PAUSED);
        };
    }

    private Transition repeat(WorkoutSession s) {
        return switch (s.phase()) {
            case CHOOSING, RATING, SWITCHING_SIDES, AFTER_PAIN, CONFIRMING, COOLING_DOWN -> Transition.to(s);
            case FINISHED -> reject(s, Reason.WORKOUT_FINISHED);
            case BRIEFING -> Transition.to(s, introduce(s, false));
            case RESTING, PAUSED, OFFERING_RESUME -> status(s);
        };
    }

    /** Starting over asks first when it would drop sets already done today. */
    private Transition startOver(WorkoutSession s) {
        if (!s.hasWorkout()) {
            return reject(s, Reason.NO_WORKOUT_YET);
        }
        return isMidWorkout(s) ? ask(s, WorkoutSession.START_OVER) : restarted(s);
    }

    private Transition restarted(WorkoutSession s) {
        WorkoutSession fresh = s.start(s.routineId());
        return Transition.to(fresh, new Event.StartedOver(routine(s)), introduce(fresh, true));
    }

    /** Sets done in a workout that is still going: what starting over or another workout would leave behind. */
    private static boolean isMidWorkout(WorkoutSession s) {
        return s.isUnfinished() && s.phase() != Phase.OFFERING_RESUME && !s.completed().isEmpty();
    }

    private Transition ask(WorkoutSession s, String change) {
        return Transition.to(s.asking(change), new Event.ChangeAsked(Summary.of(s.completed())));
    }

    /**
     * While a change waits for a yes: yes makes it, no carries on; help, repeat, pause and words not understood keep
     * the question; stop ends; anything else drops the question and is answered where the workout was.
     */
    private Transition confirming(WorkoutSession s, Command command) {
        WorkoutSession back = s.inPhase(s.pausedFrom());
        if (command == Action.YES) {
            String change = s.confirming();
            if (WorkoutSession.START_OVER.equals(change)) {
                return restarted(back);
            }
            if (WorkoutSession.SKIP_EXERCISE.equals(change)) {
                return nextExercise(back, false, new Event.ExerciseSkipped(exercise(back)));
            }
            return started(back, catalogue.routine(change.substring(WorkoutSession.SWITCH_TO.length())).orElseThrow());
        }
        if (command == Action.NO) {
            return Transition.to(back, new Event.KeptGoing());
        }
        if (command == Action.HELP) {
            return Transition.to(s, new Event.Help(Phase.CONFIRMING));
        }
        if (command == Action.REPEAT) {
            return Transition.to(s);
        }
        if (command == Action.PAUSE) {
            return Transition.to(s, new Event.Waiting());
        }
        if (command == Action.NOT_UNDERSTOOD) {
            return reject(s, Reason.NOT_UNDERSTOOD);
        }
        return command == Action.STOP ? stop(s) : apply(back, command);
    }

    /**
     * Pain stops the set at once. A set just coached (the rating not yet given) does not count. Dizziness, chest or
     * head pain, and a body part that hurt before within two weeks end the session; other pain offers a gentler
     * exercise for the same muscles, or the next exercise, and when there is neither the session ends where it is.
     * Outside a workout the coach still answers it.
     */
    private Transition pain(WorkoutSession s, Command.ReportPain pain) {
        boolean dizzy = Command.ReportPain.DIZZY.equals(pain.bodyPart());
        if (!s.isUnfinished()) {
            Event heard = new Event.PainHeard(null, pain.bodyPart(), pain.recurring(), false, null, null);
            return dizzy ? Transition.ending(s, heard) : Transition.to(s, heard);
        }
        WorkoutSession held = s.isOnHold() ? s.inPhase(s.pausedFrom()) : s;
        boolean withdrawn = held.phase() == Phase.RATING;
        WorkoutSession stopped = withdrawn ? held.withoutLast() : held;
        boolean stopsTheSession = dizzy || Command.ReportPain.isUrgent(pain.bodyPart()) || pain.recurring();
        Exercise gentler = stopsTheSession ? null : catalogue.gentlerFor(stopped).orElse(null);
        Exercise nextUp = catalogue.nextUp(stopped).orElse(null);
        Event heard = new Event.PainHeard(exercise(stopped), pain.bodyPart(), pain.recurring(), withdrawn, gentler,
                stopsTheSession ? null : nextUp);
        if (stopsTheSession) {
            return Transition.ending(stopped.inPhase(Phase.AFTER_PAIN), heard);
        }
        if (gentler == null && nextUp == null) {
            // Nothing easier and nothing after: the session ends here, without counting the workout as finished.
            return new Transition(stopped.inPhase(Phase.AFTER_PAIN),
                    List.of(heard, new Event.Closing(catalogue.next(routine(stopped)).orElse(null))), true);
        }
        return Transition.to(stopped.inPhase(Phase.AFTER_PAIN), heard);
    }

    /** Yes after pain: the gentler exercise takes over the rest of the sets, or, with none, the next exercise. */
    private Transition eased(WorkoutSession s) {
        Exercise exercise = exercise(s);
        return catalogue.gentlerFor(s).map(gentler -> {
            WorkoutSession swapped = s.withAdjustment(Adjustment.NONE.withSwap(gentler.id())).inPhase(Phase.BRIEFING);
            return Transition.to(swapped, new Event.ExerciseSwapped(exercise, gentler), introduce(swapped, false));
        }).orElseGet(() -> nextExercise(s, false, new Event.ExerciseSkipped(exercise)));
    }

    /**
     * "Too hard": two reps fewer (a hold: ten seconds less) and a lighter load. "Too easy": a slower tempo first,
     * then two reps more (a hold: ten seconds more). For the rest of this exercise only.
     */
    private Transition effort(WorkoutSession s, boolean tooEasy) {
        if (!s.isUnfinished()) {
            return reject(s, s.hasWorkout() ? Reason.WORKOUT_FINISHED : Reason.NO_WORKOUT_YET);
        }
        Exercise exercise = exercise(s);
        Adjustment adjustment = s.adjustment();
        int reps = reps(s);
        Event.Effort effort;
        int target = reps;
        if (exercise.isHold()) {
            effort = tooEasy ? Event.Effort.LONGER_HOLD : Event.Effort.SHORTER_HOLD;
            target = reps + (tooEasy ? 10 : -10);
        } else if (!tooEasy) {
            effort = Event.Effort.LIGHTER;
            target = reps - 2;
        } else if (s.preferences().tempoShift() + adjustment.tempo() < Tempo.MAX_SHIFT) {
            effort = Event.Effort.SLOWER;
            adjustment = adjustment.withTempo(adjustment.tempo() + 1);
        } else if (reps < MAX_REPS) {
            effort = Event.Effort.MORE_REPS;
            target = reps + 2;
        } else {
            effort = Event.Effort.AT_LIMIT;
        }
        WorkoutSession changed = s.withAdjustment(adjustment.withReps(adjustment.reps() + bounded(exercise, target) - reps));
        return Transition.to(changed, new Event.EffortChanged(exercise, effort, reps(changed), tempo(changed)));
    }

    /** "I only did six", right after a set: the set counts the reps actually done, from one to the reps coached. */
    private Transition repsDone(WorkoutSession s, Integer reps) {
        if (s.activePhase() != Phase.RATING || exercise(s).isHold()) {
            return reject(s, Reason.REPS_DONE_NOT_NOW);
        }
        if (reps == null) {
            return reject(s, Reason.REPS_DONE_NEED_NUMBER);
        }
        WorkoutSession rating = s.inPhase(Phase.RATING);
        CompletedSet last = rating.last();
        int coached = Math.max(last.reps(), reps(rating));
        if (reps < MIN_REPS || reps > coached) {
            return reject(s, Reason.REPS_DONE_OUT_OF_RANGE, String.valueOf(reps));
        }
        return Transition.to(rating.withLast(new CompletedSet(last.exerciseId(), last.setNumber(), reps, last.rating())),
                new Event.RepsCorrected(exercise(s), reps, last.reps()));
    }

    private Transition tempo(WorkoutSession s, int delta) {
        int shift = s.preferences().tempoShift() + delta;
        if (shift < Tempo.MIN_SHIFT || shift > Tempo.MAX_SHIFT) {
            return reject(s, Reason.TEMPO_AT_LIMIT, delta > 0 ? "slower" : "faster");
        }
        WorkoutSession changed = s.withPreferences(s.preferences().withTempoShift(shift));
        boolean underWay = s.isUnfinished();
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
        if (s.isOnHold()) {
            s = s.inPhase(s.pausedFrom());
        }
        if (s.phase() == Phase.SWITCHING_SIDES) {
            s = s.inPhase(Phase.BRIEFING);
        }
        if (s.phase() == Phase.AFTER_PAIN) {
            // Left after pain without choosing: next time starts with the next exercise, not the one that hurt.
            Transition moved = nextExercise(s, false, new Event.ExerciseSkipped(exercise(s)));
            if (moved.ends()) {
                return Optional.empty();
            }
            s = moved.session();
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
        if (!s.isUnfinished()) {
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
        Exercise exercise = step.exercise();
        if (exercise.sided() && reps * 2 * tempo(s).secondsPerRep() > MAX_BOTH_SIDES_SECONDS) {
            return Transition.to(s.inPhase(Phase.SWITCHING_SIDES), new Event.SetCoached(exercise, s.setNumber(),
                    step.sets(), reps, tempo(s), Event.Part.FIRST_SIDE));
        }
        int done = step.exercise().isHold() ? 1 : reps;
        WorkoutSession coached = s.plus(new CompletedSet(step.exercise().id(), s.setNumber(), done, null))
                .inPhase(Phase.RATING);
        return Transition.to(coached, new Event.SetCoached(step.exercise(), s.setNumber(), step.sets(), reps, tempo(s)));
    }

    /** The other side of a set coached one side at a time: the set is done once both are. */
    private Transition otherSide(WorkoutSession s) {
        RoutineStep step = step(s);
        int reps = reps(s);
        WorkoutSession coached = s.plus(new CompletedSet(step.exercise().id(), s.setNumber(), reps, null))
                .inPhase(Phase.RATING);
        return Transition.to(coached, new Event.SetCoached(step.exercise(), s.setNumber(), step.sets(), reps, tempo(s),
                Event.Part.SECOND_SIDE));
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

    /**
     * Moves past the current exercise: the next one's briefing, or the end of the workout, where a cool-down is
     * offered for the muscles trained (with nothing trained, the session closes).
     */
    private Transition nextExercise(WorkoutSession s, boolean rest, Event before) {
        List<Event> events = new ArrayList<>(List.of(before));
        Routine routine = routine(s);
        if (s.exerciseIndex() + 1 >= routine.steps().size()) {
            events.add(new Event.WorkoutFinished(routine, Summary.of(s.completed())));
            if (catalogue.coolDown(s.completed()).isEmpty()) {
                return closed(s, events.toArray(Event[]::new));
            }
            return new Transition(s.inPhase(Phase.COOLING_DOWN), events, false);
        }
        WorkoutSession next = s.atNextExercise();
        if (rest) {
            events.add(new Event.RestStarted(exercise(s), restSeconds(s), exercise(next)));
        }
        events.add(introduce(next, false));
        return new Transition(next, events, false);
    }

    /** The exercise and the sets left of it: all of them, or those after a swap part-way through. */
    private Event introduce(WorkoutSession s, boolean firstOfWorkout) {
        RoutineStep step = step(s);
        return new Event.ExerciseIntroduced(step.exercise(), step.sets() - s.setNumber() + 1, reps(s), tempo(s),
                firstOfWorkout);
    }

    private Transition reject(WorkoutSession s, Reason reason) {
        return reject(s, reason, null);
    }

    private Transition reject(WorkoutSession s, Reason reason, String heard) {
        return Transition.to(s, new Event.Rejected(reason, heard));
    }

    /**
     * The workout as it can go on. Session attributes come back from the device and may be stale (a routine renamed
     * in a new release), inconsistent or tampered with: a session this skill could not have left starts again from
     * the choice, keeping the preferences in range, instead of failing every turn or being stored as the place to
     * resume.
     */
    public WorkoutSession repaired(WorkoutSession given) {
        if (given == null || given.phase() == null) {
            return WorkoutSession.choosing();
        }
        // Preferences out of today's limits (say, from an older release) are reset; the workout is kept.
        WorkoutSession s = given.preferences().inRange() ? given : given.withPreferences(Preferences.DEFAULT);
        if (s.phase() == Phase.CHOOSING) {
            return s;
        }
        Adjustment adjustment = s.adjustment();
        boolean consistent = catalogue.stepOf(s)
                .filter(step -> s.setNumber() >= 1 && s.setNumber() <= step.sets())
                .isPresent()
                && (!s.isOnHold() || s.pausedFrom() == Phase.BRIEFING || s.pausedFrom() == Phase.RATING
                        || s.pausedFrom() == Phase.RESTING || s.pausedFrom() == Phase.AFTER_PAIN
                        || s.pausedFrom() == Phase.SWITCHING_SIDES)
                && (s.activePhase() != Phase.SWITCHING_SIDES || catalogue.stepOf(s).orElseThrow().exercise().sided())
                && (s.phase() != Phase.CONFIRMING || isChange(s.confirming()))
                && Math.abs(adjustment.reps()) <= Catalogue.MAX_HOLD_SECONDS
                && adjustment.tempo() >= 0 && adjustment.tempo() <= Tempo.MAX_SHIFT - Tempo.MIN_SHIFT
                && (s.activePhase() != Phase.RATING || !s.completed().isEmpty())
                && couldHaveCoached(s.completed(), routine(s));
        return consistent ? s : WorkoutSession.choosing(s.preferences());
    }

    /**
     * Sets this skill could have coached in {@code routine}: no more than it holds (starting again empties the list),
     * of known exercises, with set numbers, reps and ratings in range. They become the place stored to resume.
     */
    private boolean couldHaveCoached(List<CompletedSet> sets, Routine routine) {
        int mostSets = routine.steps().stream().mapToInt(RoutineStep::sets).max().orElse(0);
        return sets.size() <= routine.totalSets() && sets.stream().allMatch(set -> set != null
                && catalogue.exercise(set.exerciseId()).isPresent()
                && set.setNumber() >= 1 && set.setNumber() <= mostSets
                && set.reps() >= MIN_REPS && set.reps() <= MAX_REPS
                && (set.rating() == null || set.rating() >= MIN_RATING && set.rating() <= MAX_RATING));
    }

    private boolean isChange(String change) {
        return WorkoutSession.START_OVER.equals(change) || WorkoutSession.SKIP_EXERCISE.equals(change)
                || change != null && change.startsWith(WorkoutSession.SWITCH_TO)
                        && catalogue.routine(change.substring(WorkoutSession.SWITCH_TO.length())).isPresent();
    }

    private Routine routine(WorkoutSession s) {
        return catalogue.routine(s.routineId()).orElseThrow();
    }

    /** The step under way, with the exercise actually done (the gentler one after a swap). */
    private RoutineStep step(WorkoutSession s) {
        return catalogue.stepOf(s).orElseThrow();
    }

    private Exercise exercise(WorkoutSession s) {
        return step(s).exercise();
    }

    /**
     * Reps of the coming set, with "too hard" or "too easy" taken in; for a hold, its seconds, which "make it ten
     * reps" does not change.
     */
    private int reps(WorkoutSession s) {
        return PlannedReps.of(s, step(s));
    }

    private static int bounded(Exercise exercise, int reps) {
        return PlannedReps.bounded(exercise, reps);
    }

    private int restSeconds(WorkoutSession s) {
        return s.preferences().restSeconds() > 0 ? s.preferences().restSeconds() : routine(s).restSeconds();
    }

    private Tempo tempo(WorkoutSession s) {
        return exercise(s).tempo().shifted(Math.min(Tempo.MAX_SHIFT, s.preferences().tempoShift() + s.adjustment().tempo()));
    }
}
