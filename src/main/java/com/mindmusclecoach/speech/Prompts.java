package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.WorkoutSession;

import java.util.List;
import java.util.Optional;

/** The one question each phase of a workout waits on, its reprompt, help for it, and "didn't catch that". */
final class Prompts {

    /** The workouts suggested to someone choosing one. */
    static final String SUGGESTIONS = "bicep focus, leg day, or chest focus";
    /**
     * The silence a waiting reprompt starts with (see {@link #reprompt}): with the listening windows before and after
     * it, about 45 seconds from the question before Alexa closes the session. See docs/COACHING.md, "Waiting".
     */
    static final int WAITING_SILENCE_MILLIS = 25_000;

    private final Catalogue catalogue;

    Prompts(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * {@code said}, then the question the workout is waiting on in {@code session}'s phase, with its reprompt: the
     * one question of the turn.
     */
    Speech asking(Ssml said, WorkoutSession session, int turn) {
        return open(said.then(prompt(session, turn)), reprompt(session));
    }

    /** As {@link #asking}, leaving {@code said} as it is: an answer or an aside the caller built. */
    Speech after(Ssml said, WorkoutSession session, int turn) {
        return asking(Ssml.speech().then(said), session, turn);
    }

    /** After a fault on our side: an apology, then the question the workout was already waiting on. */
    Speech trouble(WorkoutSession session, int turn) {
        return asking(Ssml.speech().say("Sorry, I had a little trouble there."), session, turn);
    }

    /** Words not understood: said so, worded differently from one turn to the next, then help for the phase. */
    String notCaught(WorkoutSession next, int turn) {
        return Words.pick(List.of("Sorry, I didn't catch that. ", "Hmm, I missed that. "), turn)
                + help(next.phase(), next);
    }

    /** A turn that goes on: {@code ssml}, then {@code reprompt} if the trainee says nothing. */
    static Speech open(Ssml ssml, Ssml reprompt) {
        return new Speech(ssml.toSpeech(), reprompt.toSpeech(), false);
    }

    /** The one question the workout is waiting on in {@code s}'s phase. */
    Ssml prompt(WorkoutSession s, int turn) {
        String set = Words.number(s.setNumber());
        return Ssml.speech().say(Words.pick(switch (s.phase()) {
            case CHOOSING -> List.of("Which workout would you like?", "Which workout shall we do?");
            case FINISHED -> List.of("Which workout would you like next?", "What would you like to train next?");
            case SWITCHING_SIDES -> List.of("Ready for the left side?", "Shall we do the left side?");
            case BRIEFING -> List.of("Say ready when you are set. Shall we begin?",
                    "Get into position, and say ready when you are set. Ready?");
            case RATING -> List.of("How strongly did you feel your " + muscle(s) + ", one to five?",
                    "From one to five, how strongly did you feel your " + muscle(s) + "?");
            case RESTING -> List.of("Ready for set " + set + "?", "Shall we go for set " + set + "?");
            case PAUSED -> List.of("Say resume when you're ready. Shall we carry on?",
                    "Whenever you're ready, say resume. Shall we go on?");
            case OFFERING_RESUME -> List.of("Shall we pick up where you left off?",
                    "Would you like to carry on from where you stopped?");
            case AFTER_PAIN -> List.of(afterPainQuestion(s));
            case CONFIRMING -> List.of(question(s));
            case COOLING_DOWN -> List.of("Shall we cool down with a short stretch?",
                    "How about a short stretch to cool down?");
        }, turn));
    }

    /** Help for {@code phase}: what can be said while it waits. */
    String help(Phase phase, WorkoutSession next) {
        return switch (phase) {
            case CHOOSING, FINISHED -> "Name a workout, like bicep focus, leg day or full body, a muscle, like"
                    + " triceps, or a time, like a quick ten minute workout. You can also ask what to train today,"
                    + " set a weekly goal, or ask me to remind you to train.";
            case SWITCHING_SIDES -> "Switch sides and get into position, then say ready for the left side, the same reps."
                    + " Or say pause, or stop to finish for today.";
            case BRIEFING -> "Say ready to start the set. You can also say slower, faster, make it ten reps,"
                    + (needsWeights(next) ? " I don't have dumbbells," : "") + " or skip this exercise."
                    + " If anything hurts, just tell me.";
            case RATING -> "Rate how strongly you felt your " + muscle(next) + ": one is barely, five is a strong,"
                    + " clear burn. Or say skip. You can also say it was too hard or too easy, or how many you managed.";
            case RESTING -> "Say ready for the next set. You can also ask how many are left, say pause, or say"
                    + " stop to finish for today. If anything hurts, just tell me.";
            case PAUSED -> "We're paused. Say resume to pick up right where we left off, or stop to end for today.";
            case OFFERING_RESUME -> "Say yes to pick up your last workout where you left off, or name another one,"
                    + " like leg day.";
            case AFTER_PAIN -> "Say yes for " + afterPainChoice(next) + ", skip to move on, or stop to end for today."
                    + " If the pain is sharp or stays, please get it checked.";
            case CONFIRMING -> "Say yes to " + change(next) + ", or no to carry on where we were.";
            case COOLING_DOWN -> "Say yes for a short stretch for the muscles you trained, or no to finish for today.";
        };
    }

    /** After pain: switch to the gentler exercise, or, with none, move on to the next. */
    private String afterPainQuestion(WorkoutSession s) {
        // A yes or no question, as the answers are taken: yes switches, no (or skip) moves on.
        return gentler(s).map(g -> "If you'd rather move on, say skip. Shall we switch to " + g.plural() + " instead?")
                .orElseGet(() -> "Shall we move on to " + nextUp(s) + ", or stop for today?");
    }

    private String afterPainChoice(WorkoutSession s) {
        return gentler(s).map(g -> g.plural()).orElseGet(() -> nextUp(s));
    }

    private Optional<Exercise> gentler(WorkoutSession s) {
        return catalogue.gentlerFor(s);
    }

    private String nextUp(WorkoutSession s) {
        return catalogue.nextUp(s).map(Exercise::plural).orElse("the next exercise");
    }

    /** The CONFIRMING question: "Shall I start bicep focus again from the top?" */
    private String question(WorkoutSession s) {
        String change = change(s);
        return (change.startsWith("switch") ? "Shall we " : "Shall I ") + change + "?";
    }

    /** What a CONFIRMING question asks to do: "start bicep focus again from the top". */
    private String change(WorkoutSession s) {
        String change = s.confirming() == null ? "" : s.confirming();
        if (change.startsWith(WorkoutSession.SWITCH_TO)) {
            return "switch to " + catalogue.routine(change.substring(WorkoutSession.SWITCH_TO.length()))
                    .map(Routine::name).orElse("another workout");
        }
        if (change.equals(WorkoutSession.SKIP_EXERCISE)) {
            return "skip the rest of " + catalogue.stepOf(s).map(step -> step.exercise().plural()).orElse("this exercise");
        }
        return "start " + catalogue.routine(s.routineId()).map(Routine::name).orElse("this workout")
                + " again from the top";
    }

    /**
     * What Alexa says once the trainee has been silent for the listening window (about eight seconds, fixed by the
     * platform). While the coach waits on the trainee, to get into position, to finish resting or to come back from
     * a pause, it starts with {@value #WAITING_SILENCE_MILLIS} ms of silence (breaks of at most ten seconds) and
     * then asks again, warmly: a trainee who needs longer is not dropped. A question the trainee can answer at once
     * (a rating, a yes or no) is asked again at once.
     */
    Ssml reprompt(WorkoutSession s) {
        Ssml ssml = Ssml.speech();
        return switch (s.phase()) {
            case CHOOSING, FINISHED -> ssml.say("Which workout would you like? For example, say start bicep focus.");
            case BRIEFING -> ssml.pause(WAITING_SILENCE_MILLIS)
                    .say("Take your time. Are you in position? Just say ready whenever you are.");
            case SWITCHING_SIDES -> ssml.pause(WAITING_SILENCE_MILLIS)
                    .say("Take your time. Ready for the left side? Just say ready whenever you are.");
            case RATING -> ssml.say("From one to five, how strongly did you feel your " + muscle(s) + "?");
            case RESTING -> ssml.pause(WAITING_SILENCE_MILLIS).say("Take your time. Ready for set "
                    + Words.number(s.setNumber()) + "? Just say ready whenever you are.");
            case PAUSED -> ssml.pause(WAITING_SILENCE_MILLIS)
                    .say("Take your time. Shall we carry on? Just say resume whenever you are.");
            case OFFERING_RESUME -> ssml.say("Would you like to pick up your last workout? Say yes, or name another workout.");
            case AFTER_PAIN -> ssml.say(afterPainQuestion(s));
            case CONFIRMING -> ssml.say(question(s) + " Say yes or no.");
            case COOLING_DOWN -> ssml.say("Would you like a short stretch to cool down? Say yes, or no to finish.");
        };
    }

    /** Whether the exercise {@code s} is at needs weights (so "I don't have dumbbells" is worth suggesting). */
    private boolean needsWeights(WorkoutSession s) {
        return catalogue.stepOf(s).map(step -> step.exercise().needsWeights()).orElse(false);
    }

    private String muscle(WorkoutSession s) {
        return catalogue.stepOf(s).map(step -> step.exercise().muscle()).orElse("muscle");
    }
}
