package com.mindmusclecoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.User;
import com.mindmusclecoach.progress.Trainee;

/** Who a request speaks for: the account, the recognized voice, and whose session a turn works on. */
final class Speakers {

    private Speakers() {
    }

    /**
     * Who is speaking: the account, and the voice profile Alexa recognized ({@code context.System.person.personId});
     * null when the request names no account.
     */
    static Trainee trainee(HandlerInput input) {
        String account = accountId(input);
        if (account == null) {
            return null;
        }
        var context = input.getRequestEnvelope().getContext();
        var person = context == null || context.getSystem() == null ? null : context.getSystem().getPerson();
        return new Trainee(account, person == null ? null : person.getPersonId());
    }

    /** The Alexa user id, or null when a request carries none: such a request is coached but nothing is stored. */
    static String accountId(HandlerInput input) {
        var envelope = input.getRequestEnvelope();
        User user = envelope.getContext() != null && envelope.getContext().getSystem() != null
                ? envelope.getContext().getSystem().getUser() : null;
        if (user == null && envelope.getSession() != null) {
            user = envelope.getSession().getUser();
        }
        // An id with the separator would name someone else's storage: coached, but nothing stored (Alexa's have none).
        return user == null || !Trainee.isAccountId(user.getUserId()) ? null : user.getUserId();
    }

    /**
     * Whose progress a turn works on: the session's owner, also in a turn where Alexa recognized nobody; the speaker's
     * when the session has no owner yet, or one of another account (attributes no session of this account left).
     */
    static String whose(SessionState state, Trainee speaker) {
        if (speaker == null) {
            return null;
        }
        String owner = state.owner();
        return owner != null && speaker.account().equals(accountOf(owner)) ? owner : speaker.id();
    }

    /** The account a storage id belongs to. */
    static String accountOf(String id) {
        int at = id.indexOf(Trainee.SEPARATOR);
        return at < 0 ? id : id.substring(0, at);
    }

    /** The person a storage id names, or null for an account's own. */
    static String personOf(String id) {
        if (id == null) {
            return null;
        }
        int at = id.indexOf(Trainee.SEPARATOR);
        return at < 0 || !Trainee.isPersonId(id.substring(at + 1)) ? null : id.substring(at + 1);
    }
}
