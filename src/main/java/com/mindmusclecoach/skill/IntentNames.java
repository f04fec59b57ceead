package com.mindmusclecoach.skill;

/** Intent names exactly as in the interaction model; a test keeps the two in sync. */
public final class IntentNames {

    public static final String START_WORKOUT = "StartWorkoutIntent";
    public static final String READY = "ReadyIntent";
    public static final String RATE = "RateIntent";
    /** A number said on its own ("four", "twelve"): a rating, or the weight right after the weight invitation. */
    public static final String NUMBER_ANSWER = "NumberAnswerIntent";
    public static final String SKIP = "SkipIntent";
    public static final String SKIP_EXERCISE = "SkipExerciseIntent";
    public static final String SKIP_WARM_UP = "SkipWarmUpIntent";
    public static final String SKIP_COOL_DOWN = "SkipCoolDownIntent";
    public static final String NO_EQUIPMENT = "NoEquipmentIntent";
    public static final String SET_REPS = "SetRepsIntent";
    public static final String SLOWER = "SlowerIntent";
    public static final String FASTER = "FasterIntent";
    public static final String HOW_MANY_LEFT = "HowManyLeftIntent";
    public static final String WHY = "WhyIntent";
    public static final String SET_REST = "SetRestIntent";
    public static final String BRIEF_CUES = "BriefCuesIntent";
    public static final String FULL_CUES = "FullCuesIntent";
    public static final String USE_PLAN = "UsePlanIntent";
    public static final String PROGRESS = "ProgressIntent";
    public static final String DELETE_DATA = "DeleteDataIntent";
    public static final String PAIN = "PainIntent";
    public static final String DIZZY = "DizzyIntent";
    public static final String TOO_HARD = "TooHardIntent";
    public static final String TOO_EASY = "TooEasyIntent";
    public static final String REPS_DONE = "RepsDoneIntent";
    public static final String SET_REMINDER = "SetReminderIntent";
    public static final String CANCEL_REMINDERS = "CancelRemindersIntent";
    public static final String REQUEST_WORKOUT = "RequestWorkoutIntent";
    public static final String SURPRISE_ME = "SurpriseMeIntent";
    public static final String WHATS_NEXT = "WhatsNextIntent";
    public static final String HOW_LONG = "HowLongIntent";
    public static final String WHAT_CAN_I_TRAIN = "WhatCanITrainIntent";
    public static final String WHAT_EXERCISES = "WhatExercisesIntent";
    public static final String SET_WEEKLY_GOAL = "SetWeeklyGoalIntent";
    public static final String SUGGEST_WORKOUT = "SuggestWorkoutIntent";
    public static final String LOAD_USED = "LoadUsedIntent";
    public static final String LIST_REMINDERS = "ListRemindersIntent";

    public static final String HELP = "AMAZON.HelpIntent";
    public static final String STOP = "AMAZON.StopIntent";
    public static final String CANCEL = "AMAZON.CancelIntent";
    public static final String NAVIGATE_HOME = "AMAZON.NavigateHomeIntent";
    public static final String FALLBACK = "AMAZON.FallbackIntent";
    public static final String YES = "AMAZON.YesIntent";
    public static final String NO = "AMAZON.NoIntent";
    public static final String PAUSE = "AMAZON.PauseIntent";
    public static final String RESUME = "AMAZON.ResumeIntent";
    public static final String REPEAT = "AMAZON.RepeatIntent";
    public static final String NEXT = "AMAZON.NextIntent";
    public static final String START_OVER = "AMAZON.StartOverIntent";

    public static final String SLOT_WORKOUT = "workout";
    public static final String SLOT_RATING = "rating";
    public static final String SLOT_NUMBER = "number";
    public static final String SLOT_REPS = "reps";
    public static final String SLOT_SECONDS = "seconds";
    public static final String SLOT_BODY_PART = "bodyPart";
    /** SetReminderIntent's days, in the order said (REMINDER_DAY ids), and its time (AMAZON.TIME). */
    public static final java.util.List<String> SLOT_REMINDER_DAYS = java.util.List.of("dayOne", "dayTwo", "dayThree", "dayFour");
    public static final String SLOT_TIME = "time";
    public static final String SLOT_MINUTES = "minutes";
    public static final String SLOT_KIT = "kit";
    public static final String SLOT_LENGTH = "length";
    public static final String SLOT_WORKOUTS = "workouts";
    public static final String SLOT_WEIGHT = "weight";
    public static final String SLOT_UNIT = "unit";

    private IntentNames() {
    }
}
