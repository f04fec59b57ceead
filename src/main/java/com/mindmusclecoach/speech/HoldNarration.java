package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Exercise;

import java.util.ArrayList;
import java.util.List;

/**
 * A timed hold (a plank, a wall sit, a stretch), counted in seconds: the time left said at the half and at ten
 * seconds, focus, squeeze and breathing cues spaced between, and the last five seconds counted down. Every
 * spoken word takes its share of the hold ({@value Timeline#WORD_MILLIS} ms a word), so the hold lasts as
 * long as announced.
 */
final class HoldNarration {

    private HoldNarration() {
    }

    /** A line to say {@code at} seconds into the hold. */
    private record Mark(int at, String words) {
    }

    static void render(Ssml ssml, Exercise exercise, int seconds, int seed, String start) {
        render(ssml, seconds, start + " Hold for " + Words.number(seconds) + " seconds.", cues(exercise, seed));
    }

    /** A stretch or any hold with its own cues: said in turn, about every seven seconds. */
    static void render(Ssml ssml, int seconds, String opening, List<String> cues) {
        render(ssml, seconds, opening, cues, null);
    }

    /** @param halfway what to say at the half instead of the time left ("Switch sides."), or null */
    static void render(Ssml ssml, int seconds, String opening, List<String> cues, String halfway) {
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark(0, opening));
        int countdown = Math.min(5, seconds - 1);
        int lastCue = seconds - countdown - (seconds >= 20 ? 10 : 0);
        if (halfway != null) {
            marks.add(new Mark(seconds / 2, halfway));
        } else if (seconds >= 30) {
            marks.add(new Mark(seconds / 2, Words.capitalized(Words.number(seconds - seconds / 2)) + " seconds to go."));
        }
        if (seconds >= 20) {
            marks.add(new Mark(seconds - 10, "Ten seconds."));
        }
        int cue = 0;
        for (int at = 7; at < lastCue && cue < cues.size(); at += 7) {
            int when = at;
            if (marks.stream().noneMatch(m -> Math.abs(m.at() - when) < 5)) {
                marks.add(new Mark(at, cues.get(cue++)));
            }
        }
        for (int left = countdown; left >= 1; left--) {
            marks.add(new Mark(seconds - left, Words.number(left) + ","));
        }
        marks.sort(java.util.Comparator.comparingInt(Mark::at));
        Timeline timeline = new Timeline(ssml);
        for (Mark mark : marks) {
            timeline.waitUntil(mark.at() * 1000).say(mark.words());
        }
        timeline.waitUntil(seconds * 1000);
        ssml.say("And relax.");
    }

    private static List<String> cues(Exercise exercise, int seed) {
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < exercise.focus().size(); i++) {
            cues.add(Words.pick(exercise.focus(), seed + i));
            if (i == 0) {
                cues.add("Keep breathing, slow and steady.");
            }
            if (i == 1) {
                cues.add(Words.pick(exercise.squeeze(), seed));
            }
        }
        return cues;
    }
}
