package com.mindmusclecoach.speech;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the coach says about training reminders: set, cancelled, or why not and what to say instead. Each line is a
 * statement; the turn's one question is the workout's, asked after it (see {@link Narrator#withPrompt}).
 */
public final class ReminderWords {

    /** An example the user can say back as it is. */
    public static final String EXAMPLE = "remind me to train Monday, Wednesday and Friday at seven";
    /** What a reminder says when it goes off. */
    public static final String REMINDER_TEXT = "Time to train. Open Mind Muscle Coach when you're ready.";

    private ReminderWords() {
    }

    /** @param cancellable whether the coach kept what it needs to cancel it ("cancel my reminders") */
    public static String set(Set<DayOfWeek> days, LocalTime time, boolean replaced, boolean cancellable) {
        return "Done. I'll remind you to train " + days(days) + " at " + time(time) + "."
                + (replaced ? " That replaces your earlier reminder." : "")
                + (cancellable ? " Say cancel my reminders to stop them." : " You can stop it in the Alexa app.");
    }

    public static String askingPermission() {
        return "To set reminders, I need your permission first.";
    }

    public static String denied() {
        return "Okay, no reminders then. If you change your mind, you can allow reminders for Mind Muscle Coach"
                + " in the Alexa app.";
    }

    public static String notAnswered(int turn) {
        return Words.pick(List.of("I didn't get an answer, so no reminder is set. Just ask me again when you're ready.",
                "No answer came through, so no reminder is set yet. Ask me again any time."), turn);
    }

    /** A 401: the consent card goes to the Alexa app. */
    public static String unauthorized() {
        return "Alexa didn't let me set reminders just now, so no reminder is set. I've put a card in your Alexa app"
                + " where you can allow them.";
    }

    public static String busy(int turn) {
        return Words.pick(List.of("Alexa's reminders are busy right now, so no reminder is set. Please ask me again in a minute.",
                "Reminders are swamped at the moment, so no reminder is set yet. Try me again in a minute."), turn);
    }

    public static String down(int turn) {
        return Words.pick(List.of("I couldn't reach Alexa's reminders just now, so no reminder is set. Please try again a little later.",
                "Alexa's reminders aren't answering right now, so no reminder is set yet. Let's try again later."), turn);
    }

    public static String refused() {
        return "Alexa couldn't schedule that reminder, so no reminder is set. Try a plain time, like: " + EXAMPLE + ".";
    }

    public static String noDays() {
        return "To set a training reminder, tell me the days and a time, like: " + EXAMPLE + ".";
    }

    public static String noTime(Set<DayOfWeek> days) {
        return "I need a time for " + days(days) + " too, like: remind me to train " + dayNames(days) + " at seven.";
    }

    /** A time not on any clock, "twenty five o'clock". */
    public static String noSuchTime() {
        return "That time isn't on the clock. Pick one from midnight to eleven fifty nine at night, like: "
                + EXAMPLE + ".";
    }

    /** "In the morning" and no more. */
    public static String vagueTime() {
        return "Give me an exact time, like seven in the morning, and I'll set it. For example: " + EXAMPLE + ".";
    }

    public static String cancelled() {
        return "Done. Your training reminders are cancelled.";
    }

    public static String noneToCancel() {
        return "You have no training reminders from me right now.";
    }

    public static String cancelNotPermitted() {
        return "I don't have permission to change your reminders any more, so they're still set."
                + " You can delete them in the Alexa app.";
    }

    public static String cancelBusy(int turn) {
        return Words.pick(List.of("Alexa's reminders are busy right now, so your reminders are still set."
                        + " Please ask me again in a minute.",
                "Reminders are swamped at the moment, so nothing is cancelled yet. Try me again in a minute."), turn);
    }

    public static String cancelDown(int turn) {
        return Words.pick(List.of("I couldn't reach Alexa's reminders just now, so your reminders are still set."
                        + " Please try again a little later.",
                "Alexa's reminders aren't answering right now, so nothing is cancelled. Let's try again later."), turn);
    }

    /** When a reminder goes off: days of the week, at a time of day. */
    public record When(Set<DayOfWeek> days, LocalTime time) {
    }

    /** "What reminders do I have?" with none stored. */
    public static String noneSet(int turn) {
        return Words.pick(List.of("You don't have any training reminders from me. To set one, say: " + EXAMPLE + ".",
                "No training reminders from me yet. Just say: " + EXAMPLE + "."), turn);
    }

    /** Every reminder stored is gone from Alexa (deleted in the Alexa app). */
    public static String noneLeft() {
        return "You don't have a training reminder set any more. It may have been deleted in the Alexa app.";
    }

    /**
     * What is set, read back from Alexa: "You have a reminder to train every Monday, Wednesday and Friday at seven in
     * the morning."
     *
     * @param schedules those read, in the order stored (the newest first); empty when what is set could not be read
     * @param more      whether there may be one more that could not be read
     */
    public static String have(List<When> schedules, boolean more) {
        if (schedules.isEmpty()) {
            return "You have a training reminder set, but I can't make out its days and time. You'll find it in your"
                    + " Alexa app.";
        }
        List<String> each = schedules.stream().map(s -> days(s.days()) + " at " + time(s.time())).toList();
        String said = each.size() == 1 ? "You have a reminder to train " + each.get(0) + "."
                : "You have " + Words.number(each.size()) + " reminders to train: "
                        + String.join(", ", each.subList(0, each.size() - 1)) + ", and " + each.get(each.size() - 1) + ".";
        return more ? said + " There may be one more in your Alexa app." : said;
    }

    /** The permission to read reminders is missing: the consent card goes to the Alexa app. */
    public static String listNotPermitted(int turn) {
        return Words.pick(List.of("I need your permission to check your reminders. I've put a card in your Alexa app"
                        + " where you can allow them.",
                "Checking your reminders needs your permission first. The card in your Alexa app lets you allow it."), turn);
    }

    public static String listBusy(int turn) {
        return Words.pick(List.of("Alexa's reminders are busy right now, so I can't check yours. Please ask me again in a minute.",
                "Reminders are swamped at the moment. Ask me again in a minute and I'll check."), turn);
    }

    public static String listDown(int turn) {
        return Words.pick(List.of("I couldn't reach Alexa's reminders just now. You can see yours in the Alexa app, or ask me again later.",
                "Alexa's reminders aren't answering right now. Your Alexa app shows them, or try me again later."), turn);
    }

    /** "every Monday, Wednesday and Friday", "every day", "every weekday". */
    public static String days(Set<DayOfWeek> days) {
        EnumSet<DayOfWeek> all = EnumSet.copyOf(days);
        if (all.size() == 7) {
            return "every day";
        }
        if (all.equals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))) {
            return "every weekday";
        }
        return "every " + dayNames(all);
    }

    private static String dayNames(Set<DayOfWeek> days) {
        List<String> names = EnumSet.copyOf(days).stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** "seven in the morning", "six thirty in the evening", "noon": no digits, no decimals. */
    public static String time(LocalTime time) {
        int hour = time.getHour();
        int minute = time.getMinute();
        if (minute == 0 && hour == 0) {
            return "midnight";
        }
        if (minute == 0 && hour == 12) {
            return "noon";
        }
        int onClock = hour % 12 == 0 ? 12 : hour % 12;
        String minutes = minute == 0 ? "" : minute < 10 ? " oh " + Words.number(minute) : " " + Words.number(minute);
        String part = hour < 12 ? "in the morning" : hour < 17 ? "in the afternoon" : hour < 21 ? "in the evening" : "at night";
        return Words.number(onClock) + minutes + " " + part;
    }
}
