package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.NumberWords;

import java.util.List;

/** Small helpers for spoken English: numbers as words, plurals, and rotating phrasings. */
final class Words {

    private Words() {
    }

    /** Whole numbers below a hundred as words, so text and speech read the same; larger ones as digits. */
    static String number(int n) {
        return NumberWords.of(n);
    }

    /** A rating average as people say it: "four out of five", or "about four out of five"; never a decimal. */
    static String aboutOutOfFive(double average) {
        long rounded = Math.round(average);
        return (Math.abs(average - rounded) < 0.05 ? "" : "about ") + number((int) rounded) + " out of five";
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "one set", "three sets". */
    static String count(int n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    /** One of {@code options}, chosen by {@code seed} so that consecutive turns use different wordings. */
    static String pick(List<String> options, int seed) {
        return options.get(Math.floorMod(seed, options.size()));
    }
}
