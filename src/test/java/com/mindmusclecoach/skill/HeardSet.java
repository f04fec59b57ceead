package com.mindmusclecoach.skill;

import com.mindmusclecoach.workout.Exercise;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coached set read as it is heard, by the conversation tests of every way in (the skill, the Lambda handler,
 * the local text coach): where each rep is counted, and what comes just before the count.
 */
public final class HeardSet {

    private static final List<String> NUMBERS = List.of("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
            "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
            "Nineteen", "Twenty");
    /** A rep's count: its number as a sentence ("Four." or "Five, halfway."), or the last rep's "And that's ten!". */
    private static final String COUNT = "\\b(?:" + String.join("|", NUMBERS) + ")(?=[.,])|And that's [a-z]+!";

    private HeardSet() {
    }

    /** The counts a set of {@code reps} reps should say, in order: "One", "Two", ..., "And that's ten!". */
    public static List<String> counts(int reps) {
        List<String> counts = new ArrayList<>(NUMBERS.subList(0, reps - 1));
        counts.add("And that's " + NUMBERS.get(reps - 1).toLowerCase() + "!");
        return counts;
    }

    /**
     * Asserts that the set counts {@code reps} reps, each right after one of the exercise's squeeze cues (so the
     * number is said once the rep is done, at the squeeze), and no count anywhere else.
     */
    public static void assertCountedAfterTheSqueeze(String heard, Exercise exercise, int reps) {
        String squeeze = exercise.squeeze().stream().map(Pattern::quote).collect(Collectors.joining("|"));
        List<String> afterASqueeze = all(Pattern.compile("(?:" + squeeze + ")\\s*(" + COUNT + ")"), heard);
        List<String> everyCount = all(Pattern.compile("(" + COUNT + ")"), heard);

        assertThat(everyCount).as("every rep counted, in order, in: %s", heard).containsExactlyElementsOf(counts(reps));
        assertThat(afterASqueeze).as("each count right after a squeeze cue %s, in: %s", exercise.squeeze(), heard)
                .containsExactlyElementsOf(counts(reps));
    }

    /**
     * Asserts that the set starts lowering (a squat sits back first): breathing in to sit back comes before
     * breathing out to stand, and before any standing up at all.
     */
    public static void assertLoweringFirst(String heard) {
        int sitBack = heard.indexOf("Breathe in, sit back");
        assertThat(sitBack).as("the first rep begins 'Breathe in, sit back' in: %s", heard).isNotNegative();
        assertThat(heard.indexOf("Breathe out, stand")).as("'Breathe out, stand' comes after sitting back").isGreaterThan(sitBack);
        assertThat(heard.indexOf("Stand,")).as("no standing before the first sitting back").isGreaterThan(sitBack);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
