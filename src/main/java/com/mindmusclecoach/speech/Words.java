package com.mindmusclecoach.speech;

import java.util.List;

/** Small helpers for spoken English: numbers as words, plurals, and rotating phrasings. */
final class Words {

    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", "twenty"};

    private Words() {
    }

    static String number(int n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[n] : Integer.toString(n);
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
