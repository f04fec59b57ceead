package com.mindmusclecoach.workout;

/**
 * Whole numbers as they are said, "twenty one": the one home of number words, for the coach's speech and for the names
 * of workouts made on request ("a ten minute upper body workout"), so text and speech read the same.
 */
public final class NumberWords {

    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    private NumberWords() {
    }

    /** Whole numbers from zero to ninety nine as words; others as digits. */
    public static String of(int n) {
        if (n >= 0 && n < NUMBERS.length) {
            return NUMBERS[n];
        }
        if (n >= NUMBERS.length && n < 100) {
            return TENS[n / 10] + (n % 10 == 0 ? "" : " " + NUMBERS[n % 10]);
        }
        return Integer.toString(n);
    }
}
