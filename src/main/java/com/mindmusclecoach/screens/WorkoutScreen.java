package com.mindmusclecoach.screens;

import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.RoutineStep;
import com.mindmusclecoach.workout.PlannedReps;
import com.mindmusclecoach.workout.Summary;
import com.mindmusclecoach.workout.Tempo;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The screen during a workout, read from the session: the exercise and its target muscle, the set and rep
 * counter, a cue, the tempo, what can be said next, and how much of the workout is done. Before a workout is
 * chosen it suggests one; when the workout is finished it sums it up. Knows nothing of Alexa.
 *
 * <p>When a turn starts a rest, the screen also carries the rest's length ({@value #REST_SECONDS}) and the
 * start position of the exercise coming next ({@code restCue}); the document counts the rest down on the device
 * by itself from the moment it is shown, while the rest is spoken, and says "Get ready" when it is over.
 * Every other screen carries {@code 0} and {@code ""} there, and the document shows no countdown.
 */
public final class WorkoutScreen {

    public static final String DOCUMENT = "workout";
    public static final String DATASOURCE = "workout";
    /** The datasource field the document's countdown counts down from; 0 when the turn starts no rest. */
    public static final String REST_SECONDS = "restSeconds";

    private final Catalogue catalogue;

    public WorkoutScreen(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * The screen after a turn; none when the conversation ends with a goodbye rather than a finished workout.
     * A turn that starts a rest shows its countdown.
     */
    public Optional<Screen> after(Transition transition) {
        boolean goodbye = transition.ends() && transition.session().phase() != Phase.FINISHED;
        if (goodbye) {
            return Optional.empty();
        }
        Event.RestStarted rest = transition.events().stream()
                .filter(Event.RestStarted.class::isInstance).map(Event.RestStarted.class::cast)
                .findFirst().orElse(null);
        return Optional.of(of(transition.session(), rest));
    }

    /**
     * A session read back from the device may be stale; one that names no known place shows the choice. Shows no
     * countdown: only the turn that starts a rest knows when it started (see {@link #after}).
     */
    public Screen of(WorkoutSession session) {
        return of(session, null);
    }

    private Screen of(WorkoutSession session, Event.RestStarted rest) {
        Map<String, Object> shown = catalogue.routine(session.routineId())
                .filter(r -> session.hasWorkout() && catalogue.stepOf(session).isPresent())
                .map(r -> !session.isUnfinished() ? finished(r, session)
                        : underWay(r, catalogue.stepOf(session).orElseThrow(), session, rest))
                .orElseGet(WorkoutScreen::choosing);
        return new Screen(DOCUMENT, Map.of(DATASOURCE, shown));
    }

    private static Map<String, Object> choosing() {
        return fields("Mind Muscle Coach", "Which workout today?", "", "",
                "Feel every rep in the muscle you train.", "",
                "Try \u201cstart bicep focus\u201d, \u201cleg day\u201d or \u201ctrain my chest\u201d", 0);
    }

    private static Map<String, Object> underWay(Routine routine, RoutineStep step, WorkoutSession session,
                                                Event.RestStarted rest) {
        Exercise exercise = step.exercise();
        Phase phase = session.activePhase();
        int set = session.setNumber();
        String reps = " \u00b7 " + reps(session, step) + (exercise.isHold() ? " s hold" : " reps");
        String counter = switch (phase) {
            case RATING -> "Set " + set + " of " + step.sets() + " done" + reps;
            case RESTING -> "Next: set " + set + " of " + step.sets() + reps;
            case CHOOSING, BRIEFING, SWITCHING_SIDES, PAUSED, OFFERING_RESUME, AFTER_PAIN, CONFIRMING, COOLING_DOWN, FINISHED ->
                    "Set " + set + " of " + step.sets() + reps;
        };
        String cue = switch (phase) {
            case RATING -> exercise.focus().get(Math.floorMod(set - 1, exercise.focus().size()));
            case RESTING -> exercise.rest();
            case AFTER_PAIN -> "Pain is a signal, not effort";
            case SWITCHING_SIDES -> "Switch sides: same reps on the left";
            case CHOOSING, BRIEFING, PAUSED, OFFERING_RESUME, CONFIRMING, COOLING_DOWN, FINISHED -> exercise.form();
        };
        Map<String, Object> fields = fields(capitalized(routine.name()), capitalized(exercise.plural()),
                "Target: " + exercise.muscle(), counter, cue, tempo(exercise.tempo().shifted(Math.min(Tempo.MAX_SHIFT,
                        session.preferences().tempoShift() + session.adjustment().tempo()))),
                hint(session, exercise), percent(session.completed().size(), routine.totalSets()));
        if (rest != null) {
            fields.put(REST_SECONDS, rest.seconds());
            fields.put("restCue", rest.coming().movement().start());
        }
        return fields;
    }

    /** What can be said now, as the question the coach just asked would have it answered. */
    private static String hint(WorkoutSession session, Exercise exercise) {
        return switch (session.phase()) {
            case PAUSED -> "Paused \u2014 say \u201cresume\u201d to carry on";
            case OFFERING_RESUME -> "Say \u201cyes\u201d to pick up where you left off";
            case RATING -> "How strongly did you feel your " + exercise.muscle() + "? Say 1 to 5";
            case RESTING -> "Say \u201cready\u201d for set " + session.setNumber();
            case AFTER_PAIN, CONFIRMING, COOLING_DOWN -> "Say \u201cyes\u201d or \u201cno\u201d";
            case SWITCHING_SIDES -> "Say \u201cready\u201d for the left side";
            case CHOOSING, BRIEFING, FINISHED -> "Say \u201cready\u201d when you\u2019re set";
        };
    }

    private static Map<String, Object> finished(Routine routine, WorkoutSession session) {
        Summary summary = Summary.of(session.completed());
        String rating = summary.averageRating() == null ? "Every rep counted."
                : String.format(Locale.ROOT, "Average connection %.1f out of 5", summary.averageRating());
        return fields(capitalized(routine.name()) + " done!", "Workout complete", "",
                summary.sets() + " sets \u00b7 " + summary.reps() + " reps", rating, "", "Great work today", 100);
    }

    /** The reps of the set being rated, or of the sets to come, as the coach counts them ({@link PlannedReps}). */
    private static int reps(WorkoutSession session, RoutineStep step) {
        if (session.activePhase() == Phase.RATING && !session.completed().isEmpty()) {
            CompletedSet last = session.completed().get(session.completed().size() - 1);
            return last.reps();
        }
        return PlannedReps.of(session, step);
    }

    private static String tempo(Tempo tempo) {
        return tempo.up() + " s up \u00b7 " + tempo.squeeze() + " s squeeze \u00b7 " + tempo.down() + " s down";
    }

    private static int percent(int done, int total) {
        return total == 0 ? 0 : Math.min(100, Math.round(100f * done / total));
    }

    private static Map<String, Object> fields(String heading, String exercise, String muscle, String counter,
                                              String cue, String tempo, String hint, int progressPercent) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("heading", heading);
        fields.put("exercise", exercise);
        fields.put("muscle", muscle);
        fields.put("counter", counter);
        fields.put("cue", cue);
        fields.put("tempo", tempo);
        fields.put("hint", hint);
        fields.put("progressPercent", progressPercent);
        fields.put(REST_SECONDS, 0);
        fields.put("restCue", "");
        return fields;
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
