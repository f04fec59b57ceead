package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Event.RestStarted;
import com.mindmusclecoach.workout.Exercise;

/**
 * A rest a trainee can follow without looking: a chime, how long it is and how to relax, the time left at the
 * half, a ten-second warning with a cue to get into position and one line that brings the mind back to the
 * muscle, and a chime at the end. Spoken words take their share of the rest
 * ({@value Timeline#WORD_MILLIS} ms a word), so it lasts as long as announced.
 */
final class RestNarration {

    static final String START_SOUND = "soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01";
    static final String END_SOUND = "soundbank://soundlibrary/musical/amzn_sfx_bell_med_chime_02";
    private static final int WARNING_SECONDS = 10;

    private RestNarration() {
    }

    /** @param seed counts the sets done, so consecutive rests word their refocus differently */
    static Ssml render(RestStarted rest, int seed) {
        Ssml ssml = Ssml.speech().sound(START_SOUND);
        int seconds = rest.seconds();
        Timeline timeline = new Timeline(ssml)
                .say("Rest, " + Words.number(seconds) + " seconds. " + rest.exercise().rest());
        if (seconds >= 40) {
            int toGo = seconds / 2 / 5 * 5;
            timeline.waitUntil((seconds - toGo) * 1000).say(Words.capitalized(Words.number(toGo)) + " seconds to go.");
        }
        timeline.waitUntil((seconds - WARNING_SECONDS) * 1000).say(warning(rest, seed)).waitUntil(seconds * 1000);
        return ssml.sound(END_SOUND);
    }

    private static String warning(RestStarted rest, int seed) {
        Exercise coming = rest.coming();
        if (coming != rest.exercise()) {
            return "Ten seconds. Take a deep breath, " + coming.plural() + " are next.";
        }
        return "Ten seconds. Get into position. " + coming.movement().start() + " "
                + Words.pick(coming.focus(), seed);
    }
}
