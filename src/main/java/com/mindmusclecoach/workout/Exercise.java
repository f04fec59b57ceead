package com.mindmusclecoach.workout;

import java.util.List;

/**
 * One movement and everything the coach says about it: the muscle to feel, a guided visualization,
 * focus and squeeze cues, breathing, a form cue and something to do while resting.
 */
public record Exercise(
        String id,
        String name,
        String plural,
        String muscle,
        MuscleGroup group,
        List<String> synonyms,
        Tempo tempo,
        int reps,
        String lift,
        String lower,
        List<String> visualization,
        List<String> focus,
        List<String> squeeze,
        Breathing breathing,
        String form,
        String rest) {

    public Exercise {
        synonyms = List.copyOf(synonyms);
        visualization = List.copyOf(visualization);
        focus = List.copyOf(focus);
        squeeze = List.copyOf(squeeze);
    }
}
