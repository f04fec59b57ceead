package com.mindmusclecoach.workout;

/** What an exercise needs in the trainee's hands or under them. */
public enum Equipment {
    BODYWEIGHT, DUMBBELLS, CHAIR, BAND, MAT
}
