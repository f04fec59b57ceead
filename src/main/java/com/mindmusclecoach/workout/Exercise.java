package com.mindmusclecoach.workout;

import java.util.List;

/**
 * One movement and everything the coach says about it: the muscle to feel, how a rep runs, a guided
 * visualization, focus and squeeze cues, breathing, a form cue, what to hold, and something to do while resting.
 * For a timed hold ({@link Movement#isHold()}) {@code reps} is the seconds held, and tempo, lift and lower go unused.
 *
 * @param gentler     the id of an easier exercise for the same muscles, offered when this one hurts; null when none
 * @param alternative the id of an exercise for the same muscles without dumbbells or a band, for a trainee who has
 *                    none; null when none is in the catalogue
 */
public record Exercise(
        String id,
        String name,
        String plural,
        String muscle,
        MuscleGroup group,
        List<String> synonyms,
        Movement movement,
        Tempo tempo,
        int reps,
        String lift,
        String lower,
        List<String> visualization,
        List<String> focus,
        List<String> squeeze,
        Breathing breathing,
        String form,
        String rest,
        Equipment equipment,
        String gentler,
        String alternative) {

    public Exercise {
        synonyms = List.copyOf(synonyms);
        visualization = List.copyOf(visualization);
        focus = List.copyOf(focus);
        squeeze = List.copyOf(squeeze);
    }

    public boolean isHold() {
        return movement.isHold();
    }

    public boolean sided() {
        return movement.sided();
    }

    /** Needs dumbbells or a band, which not every trainee has at home. */
    public boolean needsWeights() {
        return equipment == Equipment.DUMBBELLS || equipment == Equipment.BAND;
    }
}
