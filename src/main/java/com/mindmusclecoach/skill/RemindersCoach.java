package com.mindmusclecoach.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.mindmusclecoach.progress.ProgressChange;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.speech.ReminderWords;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Weekly training reminders through the Alexa Reminders API: "remind me to train Monday, Wednesday and Friday at
 * seven" sets one recurring reminder (replacing the one set before), "cancel my reminders" deletes them, "what
 * reminders do I have" reads them back from the API, and "delete my data" cancels them too. The reminders' alert
 * tokens are kept with the progress, so they can be read and deleted later, from any device.
 *
 * <p>Without the user's permission, Alexa asks for it by voice ({@code Connections.SendRequest}, {@code AskFor}); the
 * answer comes back as a {@code Connections.Response} request, whose token carries the schedule asked for, so a yes
 * sets it at once. Every failure of the API is said plainly, followed by the workout's question: a reminders
 * request mid-workout goes back to the set.
 */
public final class RemindersCoach {

    public static final String PERMISSION = "alexa::alerts:reminders:skill:readwrite";
    /** The name of the Connections.SendRequest that asks for a permission, and of the response to it. */
    public static final String ASK_FOR = "AskFor";
    /**
     * Deletes stop once a turn has spent this long on the API (with a 2 s timeout per call, the turn stays inside
     * Alexa's 8 s); the reminders not yet deleted are kept, to delete next time.
     */
    static final Duration API_BUDGET = Duration.ofMillis(4_000);

    private final Coach coach;
    private final Reminders reminders;
    private final Clock clock;

    public RemindersCoach(Coach coach, Reminders reminders, Clock clock) {
        this.coach = coach;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** What was asked for: a schedule, or why there is none (the words to say instead). */
    public record Asked(WeeklySchedule schedule, String problem) {
    }

    /**
     * The schedule from the intent's day slots (resolved ids: MO to SU, WEEKDAYS, WEEKENDS, DAILY) and its time
     * (AMAZON.TIME: "07:00"; "MO", "AF", "EV", "NI" for a part of the day; anything else is no time at all).
     */
    public static Asked asked(List<String> dayIds, String heardTime) {
        Set<DayOfWeek> days = java.util.EnumSet.noneOf(DayOfWeek.class);
        for (String id : dayIds) {
            switch (id) {
                case "WEEKDAYS" -> days.addAll(java.util.EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
                case "WEEKENDS" -> days.addAll(Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
                case "DAILY" -> days.addAll(java.util.EnumSet.allOf(DayOfWeek.class));
                default -> {
                    try {
                        days.add(WeeklySchedule.dayOf(id));
                    } catch (IllegalArgumentException unknown) {
                        // not a day: ignored, like a day not heard
                    }
                }
            }
        }
        if (days.isEmpty()) {
            return new Asked(null, ReminderWords.noDays());
        }
        if (heardTime == null || heardTime.isBlank() || heardTime.strip().equals("?")) {
            return new Asked(null, ReminderWords.noTime(days));
        }
        String time = heardTime.strip();
        if (time.matches("MO|AF|EV|NI")) {
            return new Asked(null, ReminderWords.vagueTime());
        }
        java.util.regex.Matcher clock = java.util.regex.Pattern.compile("(\\d{1,2}):(\\d{2})").matcher(time);
        if (!clock.matches() || Integer.parseInt(clock.group(1)) > 23 || Integer.parseInt(clock.group(2)) > 59) {
            return new Asked(null, ReminderWords.noSuchTime());
        }
        return new Asked(new WeeklySchedule(days, LocalTime.of(Integer.parseInt(clock.group(1)),
                Integer.parseInt(clock.group(2)))), null);
    }

    /** "Remind me to train Monday, Wednesday and Friday at seven". */
    public Optional<Response> set(HandlerInput input, Asked asked) {
        if (asked.schedule() == null) {
            return coach.aside(input, context -> Coach.Aside.saying(asked.problem()));
        }
        if (!granted(input)) {
            return coach.aside(input, context -> askForPermission(asked.schedule()));
        }
        return coach.aside(input, context -> create(input, asked.schedule(), context));
    }

    /** Alexa's answer to the permission question. */
    public Optional<Response> permissionAnswer(HandlerInput input, String status, String token) {
        Optional<WeeklySchedule> schedule = WeeklySchedule.fromToken(token);
        return coach.aside(input, context -> {
            if ("ACCEPTED".equals(status) && schedule.isPresent()) {
                return create(input, schedule.get(), context);
            }
            if ("DENIED".equals(status)) {
                return Coach.Aside.saying(ReminderWords.denied());
            }
            return Coach.Aside.saying(ReminderWords.notAnswered(context.turn()));
        });
    }

    /** "Cancel my reminders". */
    public Optional<Response> cancel(HandlerInput input) {
        return coach.aside(input, context -> {
            List<String> stored = context.progress().reminders();
            if (stored.isEmpty()) {
                return Coach.Aside.saying(ReminderWords.noneToCancel());
            }
            Swept swept = sweep(input, stored, System.nanoTime());
            ProgressChange change = swept.left().equals(stored) ? null : new ProgressChange.RemindersSet(swept.left());
            if (swept.failure() == null) {
                return new Coach.Aside(ReminderWords.cancelled(), change, List.of(), null);
            }
            String said = switch (swept.failure()) {
                case UNAUTHORIZED, NOT_PERMITTED -> ReminderWords.cancelNotPermitted();
                case BUSY -> ReminderWords.cancelBusy(context.turn());
                default -> ReminderWords.cancelDown(context.turn());
            };
            return new Coach.Aside(said, change, List.of(), null);
        });
    }

    /**
     * "Delete my data": the speaker's reminders go with it, as far as the API lets them within the turn's budget.
     *
     * @return true when none is left set
     */
    public boolean cancelAll(HandlerInput input, List<String> alertTokens, long turnStarted) {
        return sweep(input, alertTokens, turnStarted).left().isEmpty();
    }

    /**
     * "What reminders do I have?": each stored reminder read from the API, so the answer is what is really set; one
     * the API no longer knows (deleted in the Alexa app) is dropped from the progress.
     */
    public Optional<Response> list(HandlerInput input) {
        return coach.aside(input, context -> {
            List<String> stored = context.progress().reminders();
            if (stored.isEmpty()) {
                return Coach.Aside.saying(ReminderWords.noneSet(context.turn()));
            }
            if (!granted(input)) {
                return new Coach.Aside(ReminderWords.listNotPermitted(context.turn()), null, List.of(PERMISSION), null);
            }
            long started = System.nanoTime();
            List<String> known = new ArrayList<>();
            List<WeeklySchedule> schedules = new ArrayList<>();
            boolean unreadable = false;
            Reminders.Outcome failure = null;
            for (String token : stored) {
                Reminders.Reading reading = overBudget(started) ? Reminders.Reading.of(Reminders.Outcome.DOWN)
                        : reminders.read(endpoint(input), accessToken(input), token);
                if (reading.outcome() == Reminders.Outcome.GONE) {
                    continue;
                }
                known.add(token);
                if (reading.outcome() != Reminders.Outcome.DONE) {
                    failure = failure == null ? reading.outcome() : failure;
                } else if (reading.schedule() == null) {
                    unreadable = true;
                } else if (!schedules.contains(reading.schedule())) {
                    schedules.add(reading.schedule());
                }
            }
            ProgressChange change = known.equals(stored) ? null : new ProgressChange.RemindersSet(known);
            if (!schedules.isEmpty() || unreadable) {
                List<ReminderWords.When> when = schedules.stream().map(w -> new ReminderWords.When(w.days(), w.time())).toList();
                return new Coach.Aside(ReminderWords.have(when, unreadable || failure != null), change, List.of(), null);
            }
            if (failure == null) {
                return new Coach.Aside(ReminderWords.noneLeft(), change, List.of(), null);
            }
            return switch (failure) {
                case UNAUTHORIZED, NOT_PERMITTED -> new Coach.Aside(ReminderWords.listNotPermitted(context.turn()), change, List.of(PERMISSION), null);
                case BUSY -> new Coach.Aside(ReminderWords.listBusy(context.turn()), change, List.of(), null);
                default -> new Coach.Aside(ReminderWords.listDown(context.turn()), change, List.of(), null);
            };
        });
    }

    /** What deleting some reminders left: the tokens still set, and the first failure (null when none failed). */
    private record Swept(List<String> left, Reminders.Outcome failure) {
    }

    /** Deletes each reminder, a 404 counting as deleted, until the turn has spent its budget on the API. */
    private Swept sweep(HandlerInput input, List<String> alertTokens, long started) {
        List<String> left = new ArrayList<>();
        Reminders.Outcome failure = null;
        for (String token : alertTokens) {
            Reminders.Outcome outcome = overBudget(started) ? Reminders.Outcome.DOWN
                    : reminders.delete(endpoint(input), accessToken(input), token).outcome();
            if (outcome != Reminders.Outcome.DONE && outcome != Reminders.Outcome.GONE) {
                left.add(token);
                failure = failure == null ? outcome : failure;
            }
        }
        return new Swept(left, failure);
    }

    private Coach.Aside create(HandlerInput input, WeeklySchedule schedule, Coach.AsideContext context) {
        long started = System.nanoTime();
        String zone = context.zone().isEmpty() ? null : context.zone();
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone == null ? ZoneOffset.UTC : ZoneId.of(zone));
        String locale = input.getRequestEnvelope().getRequest().getLocale();
        String body = schedule.reminderJson(now, zone, locale == null ? "en-US" : locale, ReminderWords.REMINDER_TEXT);
        Reminders.Result result = reminders.create(endpoint(input), accessToken(input), body);
        return switch (result.outcome()) {
            case DONE, GONE -> created(input, schedule, result.alertToken(), context.progress(), started);
            case NOT_PERMITTED -> askForPermission(schedule);
            case UNAUTHORIZED -> new Coach.Aside(ReminderWords.unauthorized(), null, List.of(PERMISSION), null);
            case BUSY -> Coach.Aside.saying(ReminderWords.busy(context.turn()));
            case DOWN -> Coach.Aside.saying(ReminderWords.down(context.turn()));
            case REFUSED -> Coach.Aside.saying(ReminderWords.refused());
        };
    }

    /** The new reminder replaces those set before: they are deleted, and kept only if that fails. */
    private Coach.Aside created(HandlerInput input, WeeklySchedule schedule, String alertToken, UserProgress progress,
                                long started) {
        List<String> kept = new ArrayList<>();
        if (alertToken != null) {
            kept.add(alertToken);
        }
        List<String> old = progress.reminders().stream().filter(token -> !token.equals(alertToken)).toList();
        for (String left : sweep(input, old, started).left()) {
            if (kept.size() < UserProgress.MAX_REMINDERS) {
                kept.add(left);
            }
        }
        String said = ReminderWords.set(schedule.days(), schedule.time(), !progress.reminders().isEmpty(), alertToken != null);
        return new Coach.Aside(said, kept.equals(progress.reminders()) ? null : new ProgressChange.RemindersSet(kept), List.of(), null);
    }

    private static Coach.Aside askForPermission(WeeklySchedule schedule) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("@type", "AskForPermissionsConsentRequest");
        payload.put("@version", "2");
        payload.put("permissionScope", PERMISSION);
        SendRequestDirective askFor = SendRequestDirective.builder().withName(ASK_FOR).withPayload(payload)
                .withToken(schedule.token()).build();
        return new Coach.Aside(ReminderWords.askingPermission(), null, List.of(), askFor);
    }

    private static boolean overBudget(long started) {
        return System.nanoTime() - started > API_BUDGET.toNanos();
    }

    /** Whether the request says the user granted the reminders permission. */
    static boolean granted(HandlerInput input) {
        SystemState system = system(input);
        Permissions permissions = system == null || system.getUser() == null ? null : system.getUser().getPermissions();
        Scope scope = permissions == null || permissions.getScopes() == null ? null : permissions.getScopes().get(PERMISSION);
        return scope != null && scope.getStatus() == PermissionStatus.GRANTED;
    }

    private static SystemState system(HandlerInput input) {
        var context = input.getRequestEnvelope().getContext();
        return context == null ? null : context.getSystem();
    }

    private static String endpoint(HandlerInput input) {
        SystemState system = system(input);
        return system == null ? null : system.getApiEndpoint();
    }

    private static String accessToken(HandlerInput input) {
        SystemState system = system(input);
        return system == null ? null : system.getApiAccessToken();
    }
}
