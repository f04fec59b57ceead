package com.mindmusclecoach.observability;

/** What the skill measures in production, each with its CloudWatch unit: see docs/OPERATIONS.md. */
public enum Metric {
    SETS_COACHED("SetsCoached", "Count"),
    WORKOUTS_FINISHED("WorkoutsFinished", "Count"),
    /** The 1-5 mind-muscle connection rating itself, one value per rating given. */
    CONNECTION_RATING("ConnectionRating", "None"),
    PAIN_REPORTED("PainReported", "Count"),
    STORAGE_UNAVAILABLE("StorageUnavailable", "Count"),
    LOST_WRITE_RACES("LostWriteRaces", "Count"),
    /** A goodbye (stop, or the session closing) whose changes could not be saved. */
    UNSAVED_GOODBYES("UnsavedGoodbyes", "Count"),
    TURN_LATENCY("TurnLatency", "Milliseconds"),
    /** Once per container, on its first turn. */
    COLD_START("ColdStart", "Count");

    private final String cloudWatchName;
    private final String unit;

    Metric(String cloudWatchName, String unit) {
        this.cloudWatchName = cloudWatchName;
        this.unit = unit;
    }

    public String cloudWatchName() {
        return cloudWatchName;
    }

    public String unit() {
        return unit;
    }
}
