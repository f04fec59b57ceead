package com.mindmusclecoach.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mindmusclecoach.progress.InMemoryProgressRepository;
import com.mindmusclecoach.skill.CoachSkill;
import com.mindmusclecoach.workout.Catalogue;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Routine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * One routine coached from "open mind muscle coach" to the end of the workout by the real skill, through the
 * local coach's path (typed words resolved by the interaction model, genuine request envelopes, the skill as
 * JSON), with a {@link CooperativeTrainee} answering. The lines read as the local text coach prints them:
 * {@code you> ...}, {@code coach> ...} with pauses as {@link SpeechText} shows them, and {@code (session ended)}.
 * A first-time user on a fixed date, with progress in memory, so the same skill always gives the same lines.
 *
 * @param lines    the conversation, one printed line each
 * @param finished whether the session ended with the workout finished, rather than any other way
 */
record WorkoutTranscript(List<String> lines, boolean finished) {

    /** Turns after which a workout that has not ended is taken for a loop. */
    static final int MAX_TURNS = 200;
    static final Instant WHEN = Instant.parse("2026-11-30T18:00:00Z");
    static final String SESSION_ENDED = "(session ended)";
    private static final String SKILL_ID = "amzn1.ask.skill.transcripts-mind-muscle-coach";
    private static final String USER_ID = "amzn1.ask.account.transcripts";

    WorkoutTranscript {
        lines = List.copyOf(lines);
    }

    /** @throws IllegalStateException when the routine does not start, or its workout does not end within {@link #MAX_TURNS} */
    static WorkoutTranscript of(Catalogue catalogue, Routine routine, UtteranceResolver resolver) {
        return new Recording(catalogue, resolver).coach(routine);
    }

    /** The conversation as one text, a newline after each line. */
    String text() {
        return String.join("\n", lines) + "\n";
    }

    /** Talks to a fresh skill and writes down both sides. */
    private static final class Recording {

        private final JsonSkill skill;
        private final UtteranceResolver resolver;
        private final RequestFactory requests = new RequestFactory(SKILL_ID, USER_ID, "en-US", Clock.fixed(WHEN, ZoneOffset.UTC));
        private final CooperativeTrainee trainee = new CooperativeTrainee();
        private final List<String> lines = new ArrayList<>();
        private JsonNode attributes;
        private boolean sessionOpen;

        Recording(Catalogue catalogue, UtteranceResolver resolver) {
            this.skill = new JsonSkill(CoachSkill.create(catalogue, new InMemoryProgressRepository(), null,
                    Clock.fixed(WHEN, ZoneOffset.UTC)));
            this.resolver = resolver;
        }

        WorkoutTranscript coach(Routine routine) {
            lines.add("you> open mind muscle coach");
            send(requests.launch());
            say("start " + routine.name());
            String started = attributes.path("workout").path("routineId").asText("");
            if (!started.equals(routine.id())) {
                throw new IllegalStateException("'start " + routine.name() + "' started '" + started + "', not "
                        + routine.id() + ":\n" + String.join("\n", lines));
            }
            int turns = 0;
            while (sessionOpen) {
                if (++turns > MAX_TURNS) {
                    throw new IllegalStateException(routine.id() + ": the workout has not ended after " + MAX_TURNS
                            + " answers; the coach waits in phase '" + CooperativeTrainee.phase(attributes)
                            + "', last said:\n" + lines.get(lines.size() - 1));
                }
                say(trainee.replyTo(attributes));
            }
            boolean finished = CooperativeTrainee.phase(attributes).equals(Phase.FINISHED.name());
            return new WorkoutTranscript(lines, finished);
        }

        private void say(String words) {
            lines.add("you> " + words);
            UtteranceResolver.Resolution resolution = resolver.resolve(UtteranceResolver.normalize(words));
            if (resolution.intent().equals(UtteranceResolver.FALLBACK)) {
                throw new IllegalStateException("'" + words + "' is not in the interaction model");
            }
            send(requests.intent(resolution.intent(), resolution.slots()));
        }

        private void send(JsonNode request) {
            JsonNode response = skill.invoke(request);
            requests.after(response);
            attributes = response.path("sessionAttributes");
            JsonNode body = response.path("response");
            sessionOpen = !body.path("shouldEndSession").asBoolean(true);
            if (!body.path("outputSpeech").isMissingNode()) {
                lines.add("coach> " + SpeechText.render(body.path("outputSpeech").path("ssml").asText()));
            }
            if (!sessionOpen) {
                lines.add(SESSION_ENDED);
            }
        }
    }
}
