package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.WorkoutSession;

import java.util.List;

/** The words of the "delete my data" dialogue: the question, its help and not-understood, what became of the data. */
final class DeleteWords {

    private final Prompts prompts;

    DeleteWords(Prompts prompts) {
        this.prompts = prompts;
    }

    /**
     * @param person    the recognized speaker, whose own data is meant; null for the account's (nobody recognized)
     * @param reminders whether they have training reminders from the coach, which a yes cancels too
     */
    Speech confirmDelete(String person, boolean reminders) {
        return Prompts.open(Ssml.speech().sayWithName("I can delete everything I've stored for",
                        person == null ? null : person, person == null ? " you: your workouts, streak, ratings," : ": your workouts, streak, ratings,")
                .say("preferences and any unfinished workout" + (reminders ? ", and cancel your training reminders" : "")
                        + ". This can't be undone. Shall I delete it all?"),
                deleteReprompt());
    }

    /** Help while "shall I delete it all?" waits: what yes and no do, then the same question. */
    Speech deleteHelp() {
        return Prompts.open(Ssml.speech().say("Say yes, and I'll delete everything I've stored for you, for good."
                + " Say no, and I'll keep it all. Shall I delete it all?"), deleteReprompt());
    }

    /** Words not understood while "shall I delete it all?" waits: the question again, nothing deleted. */
    Speech deleteNotUnderstood(int turn) {
        return Prompts.open(Ssml.speech()
                        .say(Words.pick(List.of("Sorry, I didn't catch that.", "Hmm, I missed that."), turn))
                .say("Say yes to delete everything I've stored for you, or no to keep it. Shall I delete it all?"),
                deleteReprompt());
    }

    private static Ssml deleteReprompt() {
        return Ssml.speech().say("Should I delete all your stored progress? Say yes to delete, or no to keep it.");
    }

    /**
     * Says whose data went: a recognized person's own (the account's and everyone else's stay), or, with nobody
     * recognized, the account's own (each recognized person's stays theirs); and what became of their reminders.
     */
    Speech deleted(String person, Narrator.Reminders reminders) {
        String gone = reminders == Narrator.Reminders.CANCELLED
                ? " is deleted, and your training reminders are cancelled." : " is deleted.";
        Ssml ssml = person == null
                ? Ssml.speech().say("Done. Everything I had stored for you" + gone)
                : Ssml.speech().sayWithName("Done. Everything I had stored for", person, gone);
        if (reminders == Narrator.Reminders.MAYBE_LEFT) {
            ssml = ssml.say("Your training reminders may still be in your Alexa app, where you can delete them.");
        }
        ssml = person == null
                ? ssml.say("That was this account's own progress; anyone whose voice Alexa recognizes keeps theirs.")
                : ssml.say("Everyone else's progress is kept.");
        return new Speech(ssml.say("Come back any time.").toSpeech(), null, true);
    }

    /** A no to "shall I delete it all?": all kept, then the question the workout is waiting on. */
    Speech keptData(WorkoutSession session, int turn) {
        return prompts.asking(Ssml.speech().say("Okay, I've kept everything."), session, turn);
    }

    /** The deletion failed: nothing was deleted, ask again later; then the question the workout is waiting on. */
    Speech deleteFailed(WorkoutSession session, int turn) {
        return prompts.asking(Ssml.speech().say("Sorry, I couldn't reach your stored progress just now, so nothing"
                + " was deleted. Please ask me again in a little while."), session, turn);
    }
}
