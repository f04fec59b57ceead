package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Move;
import com.mindmusclecoach.workout.Stretch;

import java.util.List;

/**
 * What opens and closes a session: a warm-up led move by move, each kept up for its seconds, and a cool-down of
 * held stretches breathed through. Spoken words take their share of the time ({@value Timeline#WORD_MILLIS} ms a
 * word), so each move and stretch lasts as long as planned.
 */
final class SessionNarration {

    private static final List<String> STRETCH_CUES = List.of("Breathe out and let it go a little further.",
            "Slow breaths. No bouncing.", "Relax your shoulders.");

    private SessionNarration() {
    }

    static Ssml warmUp(List<Move> moves) {
        int seconds = moves.stream().mapToInt(Move::seconds).sum();
        Ssml ssml = Ssml.speech().say("First, " + Words.count((seconds + 30) / 60, "minute", "minutes")
                + " of warm-up. To skip it, just say: Alexa, skip the warm-up.");
        for (Move move : moves) {
            Timeline timeline = new Timeline(ssml).say(move.say());
            timeline.waitUntil(move.seconds() * 1000);
        }
        return ssml.say("Good, you're warm.");
    }

    static Ssml coolDown(List<Stretch> stretches) {
        Ssml ssml = Ssml.speech().say("Let's cool down. Breathe slowly through each stretch, easing in, never forcing.");
        for (Stretch stretch : stretches) {
            HoldNarration.render(ssml, stretch.seconds(), Words.capitalized(stretch.name()) + ". " + stretch.say(),
                    STRETCH_CUES, stretch.say().contains("halfway") ? "Now switch sides." : null);
        }
        return ssml;
    }
}
