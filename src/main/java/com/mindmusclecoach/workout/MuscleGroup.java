package com.mindmusclecoach.workout;

public enum MuscleGroup {
    ARMS, CHEST, BACK, SHOULDERS, LEGS, CORE
}
