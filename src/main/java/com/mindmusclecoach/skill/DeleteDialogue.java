package com.mindmusclecoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.mindmusclecoach.progress.ProgressStore;
import com.mindmusclecoach.observability.Metric;
import com.mindmusclecoach.observability.Turns;
import com.mindmusclecoach.progress.ProgressUnavailableException;
import com.mindmusclecoach.progress.StoredProgress;
import com.mindmusclecoach.progress.UnsavedProgress;
import com.mindmusclecoach.speech.Narrator;
import com.mindmusclecoach.workout.Command;
import com.mindmusclecoach.workout.WorkoutSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** "Delete my data": asks, takes the yes or no (a yes deletes, then cancels the reminders), and forgets a disabled account. */
final class DeleteDialogue {

    private static final Logger LOG = LoggerFactory.getLogger(DeleteDialogue.class);
    /** What "shall I delete it all?" stays open through (see {@link #askAgain}). */
    static final Set<Command> KEEP_THE_QUESTION = Set.of(Command.Action.HELP, Command.Action.NOT_UNDERSTOOD,
            Command.Action.REPEAT);

    /** Finds whose session a turn is, and hands it over when another voice took over (see {@link Coach}). */
    private final Coach coach;
    private final Narrator narrator;
    private final ProgressStore store;
    private final SessionAttributes sessions;

    DeleteDialogue(Coach coach, Narrator narrator, ProgressStore store, SessionAttributes sessions) {
        this.coach = coach;
        this.narrator = narrator;
        this.store = store;
        this.sessions = sessions;
    }

    /** Asked by every yes and no: reads only the flag, not the whole session. */
    boolean isConfirming(HandlerInput input) {
        return SessionAttributes.isConfirmingDelete(input.getAttributesManager());
    }

    /** "Delete my data": asks first; nothing is deleted until the user says yes. */
    Optional<Response> ask(HandlerInput input) {
        return coach.owned(input, (given, user) -> {
            SessionState state = coach.loaded(given, input, user).withConfirmingDelete(true);
            sessions.write(input.getAttributesManager(), state);
            return Replies.of(input, narrator.confirmDelete(Speakers.personOf(user), !state.progress().reminders().isEmpty()));
        });
    }

    /**
     * Help, "repeat", or words not understood while "shall I delete it all?" waits: help says what yes and no do,
     * and the question stays open, so a yes still deletes. Anything else the user asks for moves on: the question
     * is dropped and nothing is deleted.
     */
    Optional<Response> askAgain(HandlerInput input, Command.Action command) {
        SessionState state = sessions.read(input.getAttributesManager()).nextTurn().withConfirmingDelete(true);
        sessions.write(input.getAttributesManager(), state);
        return Replies.of(input, switch (command) {
            case HELP -> narrator.deleteHelp();
            case NOT_UNDERSTOOD -> narrator.deleteNotUnderstood(state.turn());
            default -> narrator.confirmDelete(Speakers.personOf(state.owner()), !state.progress().reminders().isEmpty());
        });
    }

    /**
     * The answer to "shall I delete it all?". A yes deletes the speaker's stored progress first, then cancels their
     * training reminders in Alexa: the deletion never waits on, or fails with, the Reminders API, and if the deletion
     * fails nothing is touched. A reminder that could not be cancelled is said to be in the Alexa app. A yes in
     * another voice deletes nothing: it hands the session over.
     */
    Optional<Response> answer(HandlerInput input, boolean confirmed, Coach.ReminderCanceller reminders) {
        long started = System.nanoTime(); // the reminders get what is left of the turn's budget after the storage calls
        return coach.owned(input, (given, user) -> {
            if (!confirmed) {
                sessions.write(input.getAttributesManager(), given);
                return Replies.of(input, narrator.keptData(given.workout(), given.turn()));
            }
            SessionState state = coach.loaded(given, input, user);
            // Unknown when storage could not be read: then any reminders are said to be in the Alexa app.
            List<String> alertTokens = state.stored() == null ? null : state.progress().reminders();
            try {
                if (user != null) {
                    store.delete(user);
                }
            } catch (ProgressUnavailableException e) {
                LOG.warn("delete failed, nothing deleted", e);
                Turns.current().count(Metric.STORAGE_UNAVAILABLE);
                sessions.write(input.getAttributesManager(), state);
                return Replies.of(input, narrator.deleteFailed(state.workout(), state.turn()));
            }
            sessions.write(input.getAttributesManager(), new SessionState(WorkoutSession.choosing(), state.turn(),
                    new UnsavedProgress(StoredProgress.NEW, List.of(), null, 0, null), false, state.zone(), user));
            Narrator.Reminders cancelled = alertTokens == null ? Narrator.Reminders.MAYBE_LEFT
                    : alertTokens.isEmpty() ? Narrator.Reminders.NONE
                    : reminders.cancelAll(alertTokens, started) ? Narrator.Reminders.CANCELLED : Narrator.Reminders.MAYBE_LEFT;
            return Replies.of(input, narrator.deleted(Speakers.personOf(user), cancelled));
        });
    }

    /** The user disabled the skill: everything stored under the account goes, its own and every person's. */
    void forget(HandlerInput input) {
        String account = Speakers.accountId(input);
        if (account != null) {
            try {
                store.deleteAccount(account);
            } catch (ProgressUnavailableException e) {
                Turns.current().count(Metric.STORAGE_UNAVAILABLE);
                throw e;
            }
        }
    }
}
