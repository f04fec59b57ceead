package com.mindmusclecoach.speech;

import com.mindmusclecoach.progress.ProgressReport;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.WorkoutSession;

import java.util.Optional;

/** The greeting at launch (first time, returning, the suggestion or the unfinished workout) and the hand-over lines. */
final class WelcomeNarration {

    private final Catalogue catalogue;
    private final Prompts prompts;

    WelcomeNarration(Catalogue catalogue, Prompts prompts) {
        this.catalogue = catalogue;
        this.prompts = prompts;
    }

    /**
     * The greeting, brief enough to listen to: under 15 seconds the first time, under 8 after that (at 150 words a
     * minute). A first-time user ({@code report} null) hears what the coach does in one line and a safety note; a
     * returning one hears their streak, and their last workout or the offer of the one they left unfinished. Then
     * one question: which workout.
     *
     * @param offered the workout left unfinished: on hold (OFFERING_RESUME) to be offered; or, back soon after a
     *                session closed on silence, already in its set's phase (BRIEFING or RESTING), to go straight on
     * @param suggested what a returning user without a workout to pick up is offered today; null for none
     * @param because   why that one, one sentence ("Your chest is due."), said in place of the last workout; null to
     *                  name the last workout instead
     * @param person    the recognized voice profile, greeted by name; null when nobody was recognized
     * @param previous  the person whose session this one took over from (see {@link #handedOver}); null if none
     */
    Speech welcome(ProgressReport report, WorkoutSession offered, Routine suggested, String because,
                   String person, Ssml previous) {
        Ssml ssml = previous == null ? Ssml.speech() : previous;
        if (person != null) {
            ssml.sayWithName("Hi", person, ".");
        }
        if (offered != null && !offered.isOnHold()) {
            String exercise = catalogue.stepOf(offered).map(step -> " of " + step.exercise().plural()).orElse("");
            return Prompts.open(ssml.say("Welcome back. Set " + Words.number(offered.setNumber()) + exercise
                    + " is next. Ready?"), prompts.reprompt(offered));
        }
        if (report == null) {
            ssml.say("Welcome to Mind Muscle Coach. I'll guide every rep, so your mind stays on the muscle.")
                .say("Safety first: stop if anything hurts.");
        } else {
            ssml.say("Welcome back.");
            if (report.currentStreak() >= 2) {
                ssml.say("You're on a " + Words.number(report.currentStreak()) + " day streak.");
            }
        }
        if (offered != null) {
            return Prompts.open(ssml.say(pickUp(offered)), prompts.reprompt(offered));
        }
        Optional<Routine> last = report == null ? Optional.empty() : catalogue.routine(report.lastWorkout());
        if (report != null && suggested != null) {
            if (because != null) {
                ssml.say(because);
            } else {
                last.ifPresent(r -> ssml.say("Last time you did " + r.name() + "."));
            }
            return Prompts.open(ssml.say(RequestNarration.suggestion(suggested)),
                    Ssml.speech().say(RequestNarration.suggestionReprompt(suggested)));
        }
        ssml.say(last.map(r -> "Last time you did " + r.name() + ". Which workout today?")
                .orElse("Which would you like today: " + Prompts.SUGGESTIONS + "?"));
        return Prompts.open(ssml, prompts.reprompt(WorkoutSession.choosing()));
    }

    /** The offer of the workout left unfinished, as one question: which workout, and where in it to pick up. */
    private String pickUp(WorkoutSession offered) {
        return catalogue.routine(offered.routineId()).map(routine -> {
            Exercise exercise = routine.step(offered.exerciseIndex()).exercise();
            boolean single = routine.steps().size() == 1; // a single exercise is its own workout: named once
            if (offered.pausedFrom() == Phase.BRIEFING && offered.setNumber() == 1) {
                return "Pick up " + routine.name() + (single ? "" : ", starting with " + exercise.plural()) + "?";
            }
            return "Pick up " + routine.name() + " at set " + Words.number(offered.setNumber())
                    + (single ? "" : " of " + exercise.plural()) + "?";
        }).orElse("Shall we pick up where you left off?");
    }

    /**
     * Someone else's voice in the middle of a session: the session's changes were saved for whoever opened it, and
     * the new speaker starts their own (see {@link #welcome}).
     *
     * @param previousPerson the person who opened the session; null for the account (nobody was recognized then)
     * @param saved          whether the session held any work for whoever opened it, now saved; false: nothing to save
     */
    Ssml handedOver(String previousPerson, boolean saved) {
        if (!saved) {
            return Ssml.speech().say("Sounds like someone new.");
        }
        return previousPerson == null
                ? Ssml.speech().say("Sounds like someone new. I've saved the workout we were doing.")
                : Ssml.speech().sayWithName("Sounds like someone new. I've saved the workout so far for", previousPerson, ".");
    }

    /**
     * Someone else's voice mid-session, but the session's changes could not be saved for whoever opened it: they are
     * kept, and that workout goes on, since switching now would lose them.
     */
    Speech handOverFailed(String previousPerson, WorkoutSession session, int turn) {
        Ssml ssml = previousPerson == null
                ? Ssml.speech().say("Sounds like someone new, but I couldn't save the workout we were doing yet, so"
                        + " let's finish it first.")
                : Ssml.speech().sayWithName("Sounds like someone new, but I couldn't save the workout for", previousPerson,
                        " yet, so let's finish it first.");
        return prompts.asking(ssml, session, turn);
    }
}
