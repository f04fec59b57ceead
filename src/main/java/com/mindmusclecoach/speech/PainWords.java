package com.mindmusclecoach.speech;

import com.mindmusclecoach.workout.Command;
import com.mindmusclecoach.workout.Event.PainHeard;

/**
 * What the coach says when pain or dizziness is reported: calm, brief, never counted as effort. Pain stops the
 * set; a body part that hurt twice within two weeks is referred to a professional; dizziness ends the session.
 */
final class PainWords {

    private PainWords() {
    }

    /** @param turn rotates the opening, so a second report in a row is not answered word for word the same */
    static String heard(PainHeard pain, int turn) {
        if (Command.ReportPain.DIZZY.equals(pain.bodyPart())) {
            return "Stop right there and sit or lie down. Breathe slowly and sip some water. We'll end here for today."
                    + " If it doesn't pass soon, or you feel unwell, please get medical help.";
        }
        if (Command.ReportPain.isUrgent(pain.bodyPart())) {
            return "Stop right now and sit down. Pain in your " + pain.bodyPart() + " during exercise needs checking"
                    + " before any more training. If it is strong, spreading, or you feel short of breath, call for"
                    + " medical help now. We'll end here for today.";
        }
        String part = pain.bodyPart() == null ? null : "your " + pain.bodyPart();
        StringBuilder words = new StringBuilder();
        if (pain.exercise() == null) {
            words.append("I'm sorry it hurts. Rest it today, and if it doesn't ease, please see a doctor or physiotherapist.");
        } else {
            words.append(turn % 2 == 0 ? "Stop there. " : "Let's stop that. ").append(part == null ? "Pain" : "Pain in " + part)
                    .append(" is a signal, not effort, so we don't push through it.");
            if (pain.setWithdrawn()) {
                words.append(" That set won't count.");
            }
        }
        if (pain.recurring() && part != null) {
            words.append(" That's twice in two weeks for ").append(part)
                    .append(". Please have it checked by a doctor or physiotherapist before you train it again.");
            if (pain.exercise() != null) {
                words.append(" We'll stop here for today.");
            }
        }
        return words.toString();
    }
}
