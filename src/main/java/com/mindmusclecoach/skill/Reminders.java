package com.mindmusclecoach.skill;

/**
 * The Alexa Reminders API, as the coach uses it: create one weekly training reminder, read or delete one by its alert
 * token. Never throws: every failure is an {@link Outcome}, so the coach can say what happened and go on.
 */
public interface Reminders {

    /** What the API made of a call. */
    enum Outcome {
        /** Created (the alert token is given) or deleted. */
        DONE,
        /** Delete: no such reminder (the user deleted it in the Alexa app): as good as deleted. */
        GONE,
        /** 401: the access token was not accepted. */
        UNAUTHORIZED,
        /** 403: the user has not granted the reminders permission. */
        NOT_PERMITTED,
        /** 429: too many calls just now. */
        BUSY,
        /** 5xx, no answer within the timeout, or no connection. */
        DOWN,
        /** 400 or any other answer: the request itself was refused (a time the API cannot schedule, say). */
        REFUSED
    }

    /**
     * @param alertToken the created reminder's token; null unless a create is {@link Outcome#DONE}, and null for a
     *                   token too long to keep (the reminder is set, but can only be cancelled in the Alexa app)
     */
    record Result(Outcome outcome, String alertToken) {

        static Result of(Outcome outcome) {
            return new Result(outcome, null);
        }
    }

    /**
     * What reading one reminder found.
     *
     * @param schedule its days and time, when the answer is {@link Outcome#DONE} and names a weekly schedule; null
     *                 otherwise (a reminder that is set, but not in a form the coach can say)
     */
    record Reading(Outcome outcome, WeeklySchedule schedule) {

        static Reading of(Outcome outcome) {
            return new Reading(outcome, null);
        }
    }

    /** No Reminders API at hand (tests, local tools): every call is {@link Outcome#DOWN}. */
    Reminders NONE = new Reminders() {
        @Override
        public Result create(String apiEndpoint, String accessToken, String reminderJson) {
            return Result.of(Outcome.DOWN);
        }

        @Override
        public Result delete(String apiEndpoint, String accessToken, String alertToken) {
            return Result.of(Outcome.DOWN);
        }

        @Override
        public Reading read(String apiEndpoint, String accessToken, String alertToken) {
            return Reading.of(Outcome.DOWN);
        }
    };

    /** {@code POST {apiEndpoint}/v1/alerts/reminders} with {@code reminderJson} (see {@link WeeklySchedule#reminderJson}). */
    Result create(String apiEndpoint, String accessToken, String reminderJson);

    /** {@code DELETE {apiEndpoint}/v1/alerts/reminders/{alertToken}}. */
    Result delete(String apiEndpoint, String accessToken, String alertToken);

    /**
     * {@code GET {apiEndpoint}/v1/alerts/reminders/{alertToken}}: {@link Outcome#GONE} when the API no longer knows the
     * reminder (deleted in the Alexa app).
     */
    Reading read(String apiEndpoint, String accessToken, String alertToken);
}
