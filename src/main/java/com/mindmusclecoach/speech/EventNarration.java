package com.mindmusclecoach.speech;

import com.mindmusclecoach.progress.ProgressChanges;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Event;
import com.mindmusclecoach.workout.Exercise;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.Summary;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;

import java.util.List;

/** The lines for what happened in a workout turn (sets, rests, ratings, changes, goodbyes), then its one question. */
final class EventNarration {

    private static final String UNSAVED = "I couldn't save today's progress just now, sorry.";

    private final Catalogue catalogue;
    private final Prompts prompts;
    private final RejectionWords rejections;

    EventNarration(Catalogue catalogue, Prompts prompts) {
        this.catalogue = catalogue;
        this.prompts = prompts;
        this.rejections = new RejectionWords(prompts);
    }

    /**
     * @param turn  counts the turns of the conversation; wording that can recur (a prompt, a "didn't catch
     *              that") rotates with it, so no sentence is said three times in a row
     * @param saved false when the conversation's progress could not be saved: a goodbye then says so, once and
     *              briefly, because it matters now (earlier turns keep quiet; the next save may work)
     */
    Speech narrate(Transition transition, int turn, boolean saved) {
        WorkoutSession next = transition.session();
        Ssml ssml = Ssml.speech();
        boolean toldUnsaved = false;
        Event.CoachingAdapted adapted = transition.events().stream().filter(Event.CoachingAdapted.class::isInstance)
                .map(Event.CoachingAdapted.class::cast).findFirst().orElse(null);
        Event.LoadSuggested load = transition.events().stream().filter(Event.LoadSuggested.class::isInstance)
                .map(Event.LoadSuggested.class::cast).findFirst().orElse(null);
        for (Event event : transition.events()) {
            if (event instanceof Event.Goodbye bye) {
                // Said here rather than in line(): what a goodbye may promise depends on whether the save worked.
                ssml.say(farewell(bye.summary(), ProgressChanges.isPlaceWorthKeeping(next), saved));
                toldUnsaved = !saved;
            } else if (event instanceof Event.ExerciseIntroduced e) {
                ssml.then(IntroductionNarration.introduction(e, brief(next),
                        adapted != null && adapted.exercise().equals(e.exercise()) ? adapted : null,
                        load != null && load.exercise().equals(e.exercise()) ? load : null));
            } else if (!(event instanceof Event.CoachingAdapted) && !(event instanceof Event.LoadSuggested)) {
                // A change of coaching is said with the introduction of its exercise, above.
                ssml.then(line(event, next, turn));
            }
        }
        if (transition.ends()) {
            return new Speech((saved || toldUnsaved ? ssml : ssml.say(UNSAVED)).toSpeech(), null, true);
        }
        return prompts.asking(ssml, next, turn);
    }

    private Ssml line(Event event, WorkoutSession next, int turn) {
        Ssml s = Ssml.speech();
        if (event instanceof Event.WorkoutStarted e) {
            return s.say(IntroductionNarration.overview(e.routine(), e.kitUnmet(), next.preferences()));
        }
        if (event instanceof Event.WarmUp e) {
            return SessionNarration.warmUp(e.moves());
        }
        if (event instanceof Event.WarmUpSkipped) {
            return s.say("Okay, straight in.");
        }
        if (event instanceof Event.CoolDown e) {
            return SessionNarration.coolDown(e.stretches());
        }
        if (event instanceof Event.Closing e) {
            return s.say("Great work today." + (e.next() == null ? "" : " Next time, try " + e.next().name()
                    + ", so these muscles can recover.") + " See you then.");
        }
        if (event instanceof Event.ExerciseIntroduced e) {
            return IntroductionNarration.introduction(e, brief(next), null, null);
        }
        if (event instanceof Event.SetCoached e) {
            List<CompletedSet> done = next.completed();
            boolean firstOfExercise = done.size() < 2
                    || !done.get(done.size() - 2).exerciseId().equals(e.exercise().id());
            return SetNarration.render(e, brief(next), firstOfExercise);
        }
        if (event instanceof Event.RatingTaken e) {
            String reply = ratingReply(e.rating(), e.exercise(), next.completed().size() - 1);
            return s.say(next.activePhase() == Phase.RESTING ? reply : laterNotNextSet(reply));
        }
        if (event instanceof Event.LoadAsked e) {
            return s.say(AdaptedCoaching.askLoad(e));
        }
        if (event instanceof Event.RestStarted e) {
            return RestNarration.render(e, next.completed().size());
        }
        if (event instanceof Event.SetSkipped e) {
            return s.say("Skipping set " + Words.number(e.setNumber()) + ".");
        }
        if (event instanceof Event.ExerciseSkipped e) {
            return s.say("Okay, moving on from " + e.exercise().plural() + ".");
        }
        if (event instanceof Event.WorkoutFinished e) {
            return finished(e);
        }
        if (event instanceof Event.PainHeard e) {
            return s.say(PainWords.heard(e, turn));
        }
        if (event instanceof Event.NoEquipment e) {
            return s.say(e.alternative() != null
                    ? "No dumbbells, no problem. We'll do " + e.alternative().plural() + " instead: same "
                            + e.alternative().muscle() + ", just your bodyweight."
                    : !e.exercise().needsWeights() ? "Good news: " + e.exercise().plural() + " need no weights."
                    : Words.pick(List.of("No dumbbells? Two full water bottles, or a backpack with a few books in it, work"
                            + " well. Light is fine: control is what counts.", "Then grab two full water bottles or a"
                            + " loaded backpack. At this slow tempo, light still works the muscle."), turn));
        }
        if (event instanceof Event.ExerciseSwapped e) {
            return s.say("Let's switch to " + e.to().plural() + ": easier on your body, and still your " + e.to().muscle() + ".");
        }
        if (event instanceof Event.EffortChanged e) {
            return s.say(moreSetsOfIt(next) ? effort(e, turn) : laterNotNextSet(effort(e, turn)));
        }
        if (event instanceof Event.RepsCorrected e) {
            return s.say(e.reps() == e.planned() ? "All " + Words.number(e.reps()) + ", great."
                    : "Got it, " + Words.count(e.reps(), "rep", "reps") + " it is. Honest counts make your progress real.");
        }
        if (event instanceof Event.ChangeAsked e) {
            return WorkoutSession.SKIP_EXERCISE.equals(next.confirming()) || e.soFar().sets() == 0 ? s
                    : s.say("You're " + Words.count(e.soFar().sets(), "set", "sets") + " into "
                            + catalogue.routine(next.routineId()).map(Routine::name).orElse("this workout") + ".");
        }
        if (event instanceof Event.KeptGoing) {
            return s.say("Okay, we'll carry on.");
        }
        if (event instanceof Event.Paused) {
            // The session closes after a reprompt: the way back is said now, while the user is listening, when there
            // is a place to come back to (a set done); before that, a workout not yet begun is not kept.
            return ProgressChanges.isPlaceWorthKeeping(next)
                    ? s.say("Paused. If I go quiet, just open Mind Muscle Coach again and we'll carry on from here.")
                    : s.say("Paused. Take your time.");
        }
        if (event instanceof Event.Resumed) {
            // Never "welcome back": a launch's offer to resume has just said it.
            return s.say("Let's pick it up.");
        }
        if (event instanceof Event.TempoChanged e) {
            return s.say(tempoLine(e));
        }
        if (event instanceof Event.RestChanged e) {
            return s.say("Rests of " + Words.number(e.seconds()) + " seconds from now on.");
        }
        if (event instanceof Event.VerbosityChanged e) {
            return s.say(e.verbosity() == Preferences.Verbosity.BRIEF
                    ? "Brief cues it is. I'll keep to the counts and the squeeze."
                    : "Full coaching it is. I'll talk you through every rep.");
        }
        if (event instanceof Event.PlanRestored) {
            return s.say("Back to the plan: reps, rest and tempo as each workout sets them.");
        }
        if (event instanceof Event.ResumeDeclined) {
            return s.say("No problem, we'll start fresh.");
        }
        if (event instanceof Event.RepsChanged e) {
            return s.say("Got it: " + Words.count(e.reps(), "rep", "reps") + " a set from now on.");
        }
        if (event instanceof Event.StartedOver e) {
            return s.say("Starting " + e.routine().name() + " again from the top.");
        }
        if (event instanceof Event.Status e) {
            return s.say(status(e));
        }
        if (event instanceof Event.Benefits) {
            return s.say("When your mind is on the muscle, you recruit more of its fibres, so every rep does more"
                    + " for strength and growth. It also sharpens your form and your feel for your own body,"
                    + " which keeps you safer.");
        }
        if (event instanceof Event.Help e) {
            return s.say(prompts.help(e.phase(), next));
        }
        if (event instanceof Event.Waiting) {
            return s.say(Words.pick(List.of("No rush. Take a breath.", "Take your time.", "That's fine, I'll wait."), turn));
        }
        if (event instanceof Event.Rejected e) {
            return s.say(rejections.of(e, next, turn));
        }
        throw new IllegalArgumentException("no words for " + event);
    }

    private static boolean brief(WorkoutSession s) {
        return s.preferences().verbosity() == Preferences.Verbosity.BRIEF;
    }

    /** A short reply to a rating, worded differently from one set to the next ({@code seed} counts the sets). */
    private static String ratingReply(Integer rating, Exercise exercise, int seed) {
        if (rating == null) {
            return Words.pick(List.of("No problem, we'll skip the rating.", "Fine, no rating this time."), seed);
        }
        String muscle = exercise.muscle();
        return Words.pick(switch (rating) {
            case 5 -> List.of("A five. That's a real connection.", "Five! You were right in the muscle.",
                    "A five. That's exactly the feeling.");
            case 4 -> List.of("A four. You're really feeling it.", "Four. Strong connection.",
                    "A four. Nicely tuned in.");
            case 3 -> List.of("A three. Good, we'll sharpen that.", "Three. Solid, and there's more to find.",
                    "A three. Let's bring it closer next set.");
            case 2 -> List.of("A two. Next set, slow down and think only of your " + muscle + ".",
                    "Two. Next set, go lighter and picture your " + muscle + " doing the work.",
                    "A two. Try resting a hand on your " + muscle + " next set, to feel it work.");
            default -> List.of("A one. That's useful to know. Go a little lighter and picture your " + muscle
                            + " doing the work.",
                    "One. Let's slow right down next set and find your " + muscle + ".",
                    "A one. Lighter next set, and keep your mind on your " + muscle + ".");
        }, seed);
    }

    private static Ssml finished(Event.WorkoutFinished e) {
        Summary summary = e.summary();
        Ssml s = Ssml.speech().say("And that's " + e.routine().name() + " done!")
                .say("You did " + Words.count(summary.exercises(), "exercise", "exercises") + ", "
                        + Words.count(summary.sets(), "set", "sets") + ", " + Words.count(summary.reps(), "rep", "reps")
                        + ".");
        if (summary.averageRating() != null) {
            s.say("Your connection averaged " + Words.aboutOutOfFive(summary.averageRating()) + ".");
        }
        return s;
    }

    private static String tempoLine(Event.TempoChanged e) {
        String change = e.slower() ? "Slower it is." : "A little quicker, then.";
        return e.tempo() == null || e.exercise().isHold() ? change : change + " " + Tempos.announced(e.exercise(), e.tempo());
    }

    /** Whether another set of the exercise under way is still to come: advice for "next set" can be taken. */
    private boolean moreSetsOfIt(WorkoutSession s) {
        return s.activePhase() != Phase.RATING
                || catalogue.stepOf(s).map(step -> s.setNumber() < step.sets()).orElse(false);
    }

    /** Advice for a set that is not coming: the exercise is done, so it is for next time. */
    private static String laterNotNextSet(String advice) {
        return advice.replace(" from the next set", " next time").replace("Next set, ", "Next time, ")
                .replace("next set", "next time");
    }

    /** What "too hard" or "too easy" changed, in one sentence, worded differently from one turn to the next. */
    private static String effort(Event.EffortChanged e, int turn) {
        String reps = Words.count(e.reps(), "rep", "reps");
        String easier = e.exercise().needsWeights() ? "pick a lighter weight" : "take it a little less deep";
        return switch (e.effort()) {
            case LIGHTER -> Words.pick(List.of("Let's ease off. Next set, " + easier + ", and we'll do " + reps + ".",
                    "Easier, then: " + easier + ", and " + reps + " from the next set."), turn);
            case SLOWER -> Words.pick(List.of("Then let's make it count with control.", "Slower makes it harder."), turn)
                    + " " + Tempos.announced(e.exercise(), e.tempo());
            case MORE_REPS -> Words.pick(List.of("Good. Two more reps then: " + reps + " a set.",
                    "Let's add two: " + reps + " a set."), turn);
            case AT_LIMIT -> "That's as far as I take one set. Next time, try a slightly heavier weight, still slow and"
                    + " controlled.";
            case SHORTER_HOLD -> "Let's make the next hold " + Words.number(e.reps()) + " seconds.";
            case LONGER_HOLD -> "Let's go for " + Words.number(e.reps()) + " seconds next time.";
        };
    }

    private static String status(Event.Status e) {
        String after = e.exercisesAfter() == 0 ? "" : ", then " + Words.count(e.exercisesAfter(), "more exercise", "more exercises");
        if (e.setsLeft() == 0) {
            return e.exercisesAfter() == 0 ? "That was the final set of the workout."
                    : "That was the last set of " + e.exercise().plural() + after + ".";
        }
        return Words.capitalized(Words.count(e.setsLeft(), "set", "sets")) + " of " + Words.number(e.reps()) + " "
                + e.exercise().plural() + " to go" + after + ".";
    }

    /**
     * The goodbye {@link #narrate} says: the sets done today, then the place kept for next time, or, when the save
     * failed, that today's progress could not be saved, once; a place that was not saved is never promised.
     *
     * @param placeKept whether the workout left is one to pick up next time
     */
    private static String farewell(Summary summary, boolean placeKept, boolean saved) {
        String done = summary.sets() == 0 ? "Okay."
                : "Good work: " + Words.count(summary.sets(), "set", "sets") + " done today.";
        if (!saved) {
            return done + " " + UNSAVED;
        }
        if (placeKept) {
            return done + " I'll keep your place, so we can pick up where you left off. See you next time.";
        }
        return summary.sets() == 0 ? "Okay. Come back whenever you're ready to train." : done + " See you next time.";
    }
}
