package com.mindmusclecoach.speech;

/**
 * Speech laid out in time: a clock of milliseconds since the start of a timed stretch (a rep's phase, a hold, a
 * rest), advanced by every word said ({@value #WORD_MILLIS} ms a word, 150 words a minute) and by the silence
 * put in to reach a moment. Sets, holds and rests use it so that what is said takes its share of the time
 * announced.
 */
final class Timeline {

    /** How long a spoken word lasts at 150 words a minute. */
    static final int WORD_MILLIS = 400;

    private final Ssml ssml;
    private int clock;

    Timeline(Ssml ssml) {
        this.ssml = ssml;
    }

    /** Milliseconds since this stretch began. */
    int clock() {
        return clock;
    }

    /** Silence until {@code millis} into the stretch; nothing when that moment has passed. */
    Timeline waitUntil(int millis) {
        if (millis > clock) {
            ssml.pause(millis - clock);
            clock = millis;
        }
        return this;
    }

    Timeline say(String words) {
        ssml.say(words);
        clock += millisToSay(words);
        return this;
    }

    /** Said with emphasis, as a squeeze is. */
    Timeline stress(String words) {
        ssml.stress(words);
        clock += millisToSay(words);
        return this;
    }

    static int millisToSay(String text) {
        return words(text) * WORD_MILLIS;
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
