package com.mindmusclecoach.skill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When to remind the user to train: days of the week and a time of day on the device's clock. One Alexa reminder
 * holds it all, recurring with the rule {@code FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1}.
 */
public record WeeklySchedule(Set<DayOfWeek> days, LocalTime time) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    public WeeklySchedule {
        if (days == null || days.isEmpty() || time == null) {
            throw new IllegalArgumentException("a schedule has days and a time");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
        time = time.withSecond(0).withNano(0);
    }

    /** "MO,WE,FR": the days in the week's order, as the recurrence rule names them. */
    public String byDay() {
        return EnumSet.copyOf(days).stream().map(d -> d.name().substring(0, 2)).collect(Collectors.joining(","));
    }

    public String recurrenceRule() {
        return "FREQ=WEEKLY;BYDAY=" + byDay() + ";BYHOUR=" + time.getHour() + ";BYMINUTE=" + time.getMinute()
                + ";BYSECOND=0;INTERVAL=1";
    }

    /** "MO,WE,FR@07:00": travels as the permission request's token, to be set once the user has said yes. */
    public String token() {
        return byDay() + "@" + time;
    }

    /** The schedule a {@link #token()} names; empty for anything else. */
    public static Optional<WeeklySchedule> fromToken(String token) {
        if (token == null || token.length() > 40 || !token.matches("(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*@\\d\\d:\\d\\d")) {
            return Optional.empty();
        }
        try {
            String[] parts = token.split("@");
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : parts[0].split(",")) {
                days.add(dayOf(day));
            }
            return Optional.of(new WeeklySchedule(days, LocalTime.parse(parts[1])));
        } catch (RuntimeException notASchedule) {
            return Optional.empty();
        }
    }

    /**
     * The schedule a recurrence rule names, as the Reminders API gives it back:
     * {@code FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=7;BYMINUTE=0;...} (or {@code FREQ=DAILY}, every day); empty for a rule
     * without days or an hour, or one that repeats other than weekly or daily.
     */
    public static Optional<WeeklySchedule> fromRule(String rule) {
        if (rule == null || rule.length() > 200) {
            return Optional.empty();
        }
        java.util.Map<String, String> parts = new java.util.HashMap<>();
        for (String part : rule.strip().split(";")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                parts.put(part.substring(0, equals).strip().toUpperCase(java.util.Locale.ROOT), part.substring(equals + 1).strip());
            }
        }
        try {
            String freq = parts.getOrDefault("FREQ", "");
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            if (freq.equals("DAILY") && !parts.containsKey("BYDAY")) {
                days.addAll(EnumSet.allOf(DayOfWeek.class));
            } else if (freq.equals("WEEKLY") || freq.equals("DAILY")) {
                for (String day : parts.getOrDefault("BYDAY", "").split(",")) {
                    String twoLetters = day.strip().toUpperCase(java.util.Locale.ROOT);
                    if (twoLetters.length() != 2) {
                        return Optional.empty();
                    }
                    days.add(dayOf(twoLetters));
                }
            }
            if (days.isEmpty() || !parts.containsKey("BYHOUR") || !parts.getOrDefault("INTERVAL", "1").equals("1")) {
                return Optional.empty();
            }
            return Optional.of(new WeeklySchedule(days, LocalTime.of(Integer.parseInt(parts.get("BYHOUR")),
                    Integer.parseInt(parts.getOrDefault("BYMINUTE", "0")))));
        } catch (RuntimeException notASchedule) {
            return Optional.empty();
        }
    }

    /** "MO" to Monday. */
    public static DayOfWeek dayOf(String twoLetters) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(twoLetters)) {
                return day;
            }
        }
        throw new IllegalArgumentException("no day " + twoLetters);
    }

    /**
     * The body of a create call: an absolute, weekly recurring reminder starting from the first of its days at or
     * after {@code now} (the device's local time), in {@code zoneId} when it is known (otherwise the API uses the
     * device's own zone), spoken in {@code locale}.
     *
     * @param zoneId an IANA zone such as "America/Los_Angeles", or null when not known
     */
    public String reminderJson(LocalDateTime now, String zoneId, String locale, String text) {
        ObjectNode body = JSON.createObjectNode();
        body.put("requestTime", LOCAL.format(now));
        ObjectNode trigger = body.putObject("trigger");
        trigger.put("type", "SCHEDULED_ABSOLUTE");
        if (zoneId != null && !zoneId.isBlank()) {
            trigger.put("timeZoneId", zoneId);
        }
        ObjectNode recurrence = trigger.putObject("recurrence");
        recurrence.put("startDateTime", LOCAL.format(firstAfter(now)));
        recurrence.putArray("recurrenceRules").add(recurrenceRule());
        body.putObject("alertInfo").putObject("spokenInfo").putArray("content").addObject()
                .put("locale", locale).put("text", text);
        body.putObject("pushNotification").put("status", "ENABLED");
        return body.toString();
    }

    /** The first time on one of the days, at the time, not before {@code now}. */
    LocalDateTime firstAfter(LocalDateTime now) {
        LocalDateTime best = null;
        for (DayOfWeek day : days) {
            LocalDateTime candidate = now.toLocalDate().with(TemporalAdjusters.nextOrSame(day)).atTime(time);
            if (candidate.isBefore(now)) {
                candidate = candidate.plusWeeks(1);
            }
            best = best == null || candidate.isBefore(best) ? candidate : best;
        }
        return best;
    }
}
