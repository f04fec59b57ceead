package com.mindmusclecoach.speech;

import com.mindmusclecoach.progress.ProgressReport;
import com.mindmusclecoach.progress.WeekPlan;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Routine;
import com.mindmusclecoach.workout.Transition;
import com.mindmusclecoach.workout.WorkoutSession;

/**
 * The coach's voice, as the skill asks for it: routes each request to the class that speaks it, and holds no wording.
 * Every line the skill says about a workout is written in this package (or in the catalogue): what happened in a
 * turn in {@link EventNarration}, the one question each phase waits on in {@link Prompts}, greetings and hand-overs in
 * {@link WelcomeNarration}, "how am I doing" in {@link ReportNarration}, and "delete my data" in {@link DeleteWords}.
 */
public final class Narrator {

    private final Prompts prompts;
    private final EventNarration events;
    private final WelcomeNarration welcomes;
    private final ReportNarration reports;
    private final DeleteWords delete;

    public Narrator(Catalogue catalogue) {
        this.prompts = new Prompts(catalogue);
        this.events = new EventNarration(catalogue, prompts);
        this.welcomes = new WelcomeNarration(catalogue, prompts);
        this.reports = new ReportNarration(catalogue, prompts);
        this.delete = new DeleteWords(prompts);
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
    public Speech welcome(ProgressReport report, WorkoutSession offered, Routine suggested, String because,
                          String person, Ssml previous) {
        return welcomes.welcome(report, offered, suggested, because, person, previous);
    }

    /** "How am I doing?", then the question the workout is waiting on. */
    public Speech report(ProgressReport report, WorkoutSession session, int turn) {
        return report(report, session, turn, null);
    }

    /** As {@link #report(ProgressReport, WorkoutSession, int)}, with the week against its goal when {@code week} has one. */
    public Speech report(ProgressReport report, WorkoutSession session, int turn, WeekPlan week) {
        return reports.report(report, session, turn, week);
    }

    /** "Shall I delete it all?", for the account's data, with no reminders to cancel. */
    public Speech confirmDelete() {
        return confirmDelete(null, false);
    }

    /**
     * @param person    the recognized speaker, whose own data is meant; null for the account's (nobody recognized)
     * @param reminders whether they have training reminders from the coach, which a yes cancels too
     */
    public Speech confirmDelete(String person, boolean reminders) {
        return delete.confirmDelete(person, reminders);
    }

    /** Help while "shall I delete it all?" waits: what yes and no do, then the same question. */
    public Speech deleteHelp() {
        return delete.deleteHelp();
    }

    /** Words not understood while "shall I delete it all?" waits: the question again, nothing deleted. */
    public Speech deleteNotUnderstood(int turn) {
        return delete.deleteNotUnderstood(turn);
    }

    /** The account's data is deleted; there were no reminders. */
    public Speech deleted() {
        return deleted(null, Reminders.NONE);
    }

    /** What became of the speaker's training reminders in Alexa when their data was deleted. */
    public enum Reminders {
        /** They had none. */
        NONE,
        /** All cancelled. */
        CANCELLED,
        /** Some may still be set (the Reminders API failed, or what was set could not be read). */
        MAYBE_LEFT
    }

    /**
     * Says whose data went: a recognized person's own (the account's and everyone else's stay), or, with nobody
     * recognized, the account's own (each recognized person's stays theirs); and what became of their reminders.
     */
    public Speech deleted(String person, Reminders reminders) {
        return delete.deleted(person, reminders);
    }

    /**
     * Someone else's voice in the middle of a session: the session's changes were saved for whoever opened it, and
     * the new speaker starts their own (see {@link #welcome}).
     *
     * @param previousPerson the person who opened the session; null for the account (nobody was recognized then)
     * @param saved          whether the session held any work for whoever opened it, now saved; false: nothing to save
     */
    public Ssml handedOver(String previousPerson, boolean saved) {
        return welcomes.handedOver(previousPerson, saved);
    }

    /**
     * Someone else's voice mid-session, but the session's changes could not be saved for whoever opened it: they are
     * kept, and that workout goes on, since switching now would lose them.
     */
    public Speech handOverFailed(String previousPerson, WorkoutSession session, int turn) {
        return welcomes.handOverFailed(previousPerson, session, turn);
    }

    /** A no to "shall I delete it all?": all kept, then the question the workout is waiting on. */
    public Speech keptData(WorkoutSession session, int turn) {
        return delete.keptData(session, turn);
    }

    /** The deletion failed, so nothing was deleted; then the question the workout is waiting on. */
    public Speech deleteFailed(WorkoutSession session, int turn) {
        return delete.deleteFailed(session, turn);
    }

    /**
     * {@code said} (an answer, something said aside, a goal set), then the question the workout is waiting on: the
     * one question of the turn.
     */
    public Speech withPrompt(Ssml said, WorkoutSession session, int turn) {
        return prompts.after(said, session, turn);
    }

    /** After a fault on our side: an apology, then the question the workout was already waiting on. */
    public Speech trouble(WorkoutSession session, int turn) {
        return prompts.trouble(session, turn);
    }

    /**
     * @param turn counts the turns of the conversation; wording that can recur (a prompt, a "didn't catch
     *             that") rotates with it, so no sentence is said three times in a row
     */
    public Speech narrate(Transition transition, int turn) {
        return narrate(transition, turn, true);
    }

    /**
     * @param saved false when the conversation's progress could not be saved: a goodbye then says so, once and
     *              briefly, because it matters now (earlier turns keep quiet; the next save may work)
     */
    public Speech narrate(Transition transition, int turn, boolean saved) {
        return events.narrate(transition, turn, saved);
    }
}
