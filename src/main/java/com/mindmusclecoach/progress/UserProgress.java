package com.mindmusclecoach.progress;

import com.mindmusclecoach.workout.Load;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the coach remembers about one user. Bounded by design, so it stays a small DynamoDB item however
 * long someone trains: totals per exercise, the last {@value #HISTORY_DAYS} training days as daily
 * aggregates (not every rep), the streak as two dates, preferences, the workout left unfinished and the pain
 * reported in the last few weeks.
 *
 * @param days            training days, oldest first, at most {@value #HISTORY_DAYS}
 * @param streakStart     first day of the latest run of consecutive training days; null before any training
 * @param lastTrainingDay the latest day with a coached set; null before any training
 * @param lastWorkout     the routine (or single exercise) last started; null before any
 * @param unfinished      the workout to offer to resume; null when there is none
 * @param droppedAt       when a session that went silent left {@code unfinished}, to the second (see
 *                        {@link ProgressChange.Unfinished}); null when the user chose to leave it, when it is not known
 *                        (stored before this was kept) and when nothing is unfinished
 * @param recentSaves     the last {@value #RECENT_SAVES} saves as "id:count" (how many of that batch's changes are
 *                        in), newest last: a save whose write landed but whose answer was lost finds itself here
 *                        on the retry and is not applied twice
 * @param weeklyGoal      workouts a week the user aims for, 1 to {@value #MAX_WEEKLY_GOAL}; 0 when none is set
 * @param loads           per exercise id, the weight last used, as the user said it (only exercises with weights)
 * @param painReports     pain reported, oldest first (in the order applied within a day): only those of the
 *                        {@value #PAIN_DAYS} days up to the newest report's day, and at most
 *                        {@value #MAX_PAIN_REPORTS} of them (see {@link #painReports()})
 * @param reminders       alert tokens of the training reminders set for this user, so they can be cancelled (see
 *                        {@link #reminderTokens}); empty when none
 */
public record UserProgress(
        int workoutsCompleted,
        Map<String, ExerciseTotals> totals,
        List<DayLog> days,
        LocalDate streakStart,
        LocalDate lastTrainingDay,
        int bestStreak,
        String lastWorkout,
        Preferences preferences,
        WorkoutSession unfinished,
        Instant droppedAt,
        List<String> recentSaves,
        List<PainReport> painReports,
        List<String> reminders,
        int weeklyGoal,
        Map<String, Load> loads) {

    public static final int HISTORY_DAYS = 42;
    /** A weekly goal is this many workouts or more, and at most {@value #MAX_WEEKLY_GOAL}; 0 is no goal. */
    public static final int MIN_WEEKLY_GOAL = 1;
    public static final int MAX_WEEKLY_GOAL = 7;
    /** Sets per exercise are kept for the days within this many days of the newest one, for "what should I train". */
    public static final int RECENT_SET_DAYS = 7;
    /**
     * At most this many training reminders' alert tokens are kept: one reminder covers a whole weekly schedule, and
     * one more is an old one that could not be deleted yet.
     */
    public static final int MAX_REMINDERS = 2;
    /** Longer than any alert token the Reminders API gives (a UUID, 36 characters); keeps the item under 4 KB. */
    public static final int MAX_REMINDER_TOKEN_CHARS = 48;
    public static final int RECENT_SAVES = 4;
    /** Pain reports are kept for this many days, counted back from the newest report's day, that day included. */
    public static final int PAIN_DAYS = 28;
    /** At most this many pain reports are kept (see {@link #painReports()}). */
    public static final int MAX_PAIN_REPORTS = 16;
    public static final UserProgress NONE = new UserProgress(0, Map.of(), List.of(), null, null, 0, null,
            Preferences.DEFAULT, null, null, List.of(), List.of(), List.of(), 0, Map.of());

    /** Progress as kept before reminders existed: none set. */
    public UserProgress(int workoutsCompleted, Map<String, ExerciseTotals> totals, List<DayLog> days,
                        LocalDate streakStart, LocalDate lastTrainingDay, int bestStreak, String lastWorkout,
                        Preferences preferences, WorkoutSession unfinished, Instant droppedAt, List<String> recentSaves,
                        List<PainReport> painReports) {
        this(workoutsCompleted, totals, days, streakStart, lastTrainingDay, bestStreak, lastWorkout, preferences,
                unfinished, droppedAt, recentSaves, painReports, List.of(), 0, Map.of());
    }

    /**
     * Alert tokens as kept: none null, blank or longer than {@value #MAX_REMINDER_TOKEN_CHARS} characters, no
     * duplicates, at most {@value #MAX_REMINDERS}.
     *
     * @throws IllegalArgumentException for any other list
     */
    public static List<String> reminderTokens(List<String> tokens) {
        if (tokens == null) {
            return List.of();
        }
        if (tokens.size() > MAX_REMINDERS || new HashSet<>(tokens).size() != tokens.size()) {
            throw new IllegalArgumentException("at most " + MAX_REMINDERS + " distinct reminders are kept");
        }
        for (String token : tokens) {
            if (token == null || token.isBlank() || token.length() > MAX_REMINDER_TOKEN_CHARS) {
                throw new IllegalArgumentException("not a reminder's alert token");
            }
        }
        return List.copyOf(tokens);
    }

    public UserProgress {
        if ((streakStart == null) != (lastTrainingDay == null)) {
            throw new IllegalArgumentException("a streak needs both its first and its latest day");
        }
        totals = Map.copyOf(totals);
        days = List.copyOf(days);
        preferences = preferences == null ? Preferences.DEFAULT : preferences;
        droppedAt = unfinished == null || droppedAt == null ? null : droppedAt.truncatedTo(ChronoUnit.SECONDS);
        recentSaves = recentSaves == null ? List.of() : List.copyOf(recentSaves);
        painReports = recentPain(painReports);
        reminders = reminderTokens(reminders);
        loads = loads == null ? Map.of() : Map.copyOf(loads);
        if (weeklyGoal != 0 && (weeklyGoal < MIN_WEEKLY_GOAL || weeklyGoal > MAX_WEEKLY_GOAL)) {
            throw new IllegalArgumentException("a weekly goal of " + weeklyGoal + " workouts");
        }
    }

    /**
     * Pain reported, oldest first: those of the {@value #PAIN_DAYS} days up to the newest report's day (there is
     * no clock here, so a report stays until a newer one pushes it out; filter by day when showing them), at most
     * {@value #MAX_PAIN_REPORTS}. Past that number the oldest report of a body part reported again later goes
     * first, so the latest report of every part is kept while there are no more than {@value #MAX_PAIN_REPORTS}
     * parts, and {@link #painRecently} stays right.
     */
    @Override
    public List<PainReport> painReports() {
        return painReports;
    }

    /**
     * Whether {@code bodyPart} (null: pain with no part named, {@link PainReport#UNNAMED}) was reported within the
     * last {@code days} days, today included: on {@code today} or up to {@code days - 1} days before (or on a later
     * day, as another device in a zone ahead may date it). Ask before the new report is applied, or it finds itself.
     *
     * @param days 1 to {@value #PAIN_DAYS}: older reports are not kept
     */
    public boolean painRecently(String bodyPart, LocalDate today, int days) {
        if (days < 1 || days > PAIN_DAYS) {
            throw new IllegalArgumentException("pain is kept " + PAIN_DAYS + " days, not " + days);
        }
        String part = bodyPart == null ? PainReport.UNNAMED : bodyPart;
        LocalDate since = today.minusDays(days - 1L);
        return painReports.stream().anyMatch(r -> r.bodyPart().equals(part) && !r.day().isBefore(since));
    }

    /** The reports within the bound, oldest first (a stable sort: reports of one day stay in the order applied). */
    private static List<PainReport> recentPain(List<PainReport> reports) {
        if (reports == null || reports.isEmpty()) {
            return List.of();
        }
        if (reports.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("a pain report list has no gaps");
        }
        List<PainReport> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(PainReport::day));
        LocalDate since = sorted.get(sorted.size() - 1).day().minusDays(PAIN_DAYS - 1L);
        sorted.removeIf(r -> r.day().isBefore(since));
        if (sorted.size() <= MAX_PAIN_REPORTS) {
            return List.copyOf(sorted);
        }
        // Newest first: each part's latest report, then the newest of the rest, as many as fit.
        Set<String> parts = new HashSet<>();
        boolean[] latest = new boolean[sorted.size()];
        int latestCount = 0;
        for (int i = sorted.size() - 1; i >= 0; i--) {
            latest[i] = parts.add(sorted.get(i).bodyPart());
            latestCount += latest[i] ? 1 : 0;
        }
        int latestRoom = MAX_PAIN_REPORTS;
        int otherRoom = Math.max(0, MAX_PAIN_REPORTS - latestCount);
        List<PainReport> kept = new ArrayList<>();
        for (int i = sorted.size() - 1; i >= 0; i--) {
            if (latest[i] ? latestRoom-- > 0 : otherRoom-- > 0) {
                kept.add(sorted.get(i));
            }
        }
        Collections.reverse(kept);
        return List.copyOf(kept);
    }

    /** How many changes of the batch {@code saveId} are already in this progress. */
    public int savedCount(String saveId) {
        int count = 0;
        for (String save : recentSaves) {
            int colon = save.lastIndexOf(':');
            if (colon > 0 && save.substring(0, colon).equals(saveId)) {
                count = Math.max(count, Integer.parseInt(save.substring(colon + 1)));
            }
        }
        return count;
    }

    /** This progress, remembering that the first {@code count} changes of batch {@code saveId} are in. */
    public UserProgress savedAs(String saveId, int count) {
        List<String> saves = new ArrayList<>(recentSaves);
        saves.removeIf(s -> s.startsWith(saveId + ":"));
        saves.add(saveId + ":" + count);
        while (saves.size() > RECENT_SAVES) {
            saves.remove(0);
        }
        return new UserProgress(workoutsCompleted, totals, days, streakStart, lastTrainingDay, bestStreak, lastWorkout,
                preferences, unfinished, droppedAt, saves, painReports, reminders, weeklyGoal, loads);
    }

    public UserProgress apply(ProgressChange change) {
        Optional<ProgressChange.DayTotals> counted = ProgressChange.DayTotals.of(change);
        if (counted.isPresent()) {
            return withDayTotals(counted.get());
        }
        if (change instanceof ProgressChange.Unfinished u) {
            return new UserProgress(workoutsCompleted, totals, days, streakStart, lastTrainingDay, bestStreak,
                    lastWorkout, preferences, u.session(), u.droppedAt(), recentSaves, painReports, reminders, weeklyGoal, loads);
        }
        if (change instanceof ProgressChange.PainReported pain) {
            List<PainReport> reports = new ArrayList<>(painReports);
            reports.add(pain.report());
            return new UserProgress(workoutsCompleted, totals, days, streakStart, lastTrainingDay, bestStreak,
                    lastWorkout, preferences, unfinished, droppedAt, recentSaves, reports, reminders, weeklyGoal, loads);
        }
        if (change instanceof ProgressChange.WorkoutStarted started) {
            return new UserProgress(workoutsCompleted, totals, days, streakStart, lastTrainingDay, bestStreak,
                    started.routineId(), preferences, unfinished, droppedAt, recentSaves, painReports, reminders, weeklyGoal, loads);
        }
        if (change instanceof ProgressChange.RemindersSet set) {
            return new UserProgress(workoutsCompleted, totals, days, streakStart, lastTrainingDay, bestStreak,
                    lastWorkout, preferences, unfinished, droppedAt, recentSaves, painReports, set.alertTokens(),
                    weeklyGoal, loads);
        }
        if (change instanceof ProgressChange.WeeklyGoalSet goal) {
            return new UserProgress(workoutsCompleted, totals, days, streakStart, lastTrainingDay, bestStreak,
                    lastWorkout, preferences, unfinished, droppedAt, recentSaves, painReports, reminders, goal.workouts(), loads);
        }
        if (change instanceof ProgressChange.LoadUsed used) {
            Map<String, Load> next = new HashMap<>(loads);
            next.put(used.exerciseId(), used.load());
            return new UserProgress(workoutsCompleted, totals, days, streakStart, lastTrainingDay, bestStreak,
                    lastWorkout, preferences, unfinished, droppedAt, recentSaves, painReports, reminders, weeklyGoal, next);
        }
        ProgressChange.PreferencesSet p = (ProgressChange.PreferencesSet) change;
        return new UserProgress(workoutsCompleted, totals, days, streakStart, lastTrainingDay, bestStreak,
                lastWorkout, p.preferences(), unfinished, droppedAt, recentSaves, painReports, reminders, weeklyGoal, loads);
    }

    private UserProgress withDayTotals(ProgressChange.DayTotals trained) {
        int sets = trained.sets().values().stream().mapToInt(ExerciseTotals::sets).sum();
        int reps = trained.sets().values().stream().mapToInt(ExerciseTotals::reps).sum();
        Map<String, ExerciseTotals> nextTotals = new HashMap<>(totals);
        trained.sets().forEach((exercise, t) -> nextTotals.merge(exercise, t, ExerciseTotals::plus));
        UserProgress next = sets == 0 ? this : trainedOn(trained.day()).withTotals(nextTotals);
        return next.withWorkoutsCompleted(workoutsCompleted + trained.workouts()).withDay(trained.day(), day -> {
            DayLog result = day.withSets(sets, reps).withWorkouts(trained.workouts());
            for (var set : trained.sets().entrySet()) {
                result = result.withExerciseSets(set.getKey(), set.getValue().sets());
            }
            for (var rating : trained.ratings().entrySet()) {
                result = result.withRatings(rating.getKey(), rating.getValue());
            }
            return result;
        });
    }

    public UserProgress applyAll(List<ProgressChange> changes) {
        UserProgress result = this;
        for (ProgressChange change : changes) {
            result = result.apply(change);
        }
        return result;
    }

    /** Consecutive training days up to {@code today}: a streak survives until a whole day is missed. */
    public int currentStreak(LocalDate today) {
        if (lastTrainingDay == null || lastTrainingDay.isBefore(today.minusDays(1))) {
            return 0;
        }
        return (int) (lastTrainingDay.toEpochDay() - streakStart.toEpochDay()) + 1;
    }

    public int setsCompleted() {
        return totals.values().stream().mapToInt(ExerciseTotals::sets).sum();
    }

    public int repsCompleted() {
        return totals.values().stream().mapToInt(ExerciseTotals::reps).sum();
    }

    private UserProgress trainedOn(LocalDate day) {
        if (lastTrainingDay != null && !day.isAfter(lastTrainingDay)) {
            return this;
        }
        boolean continues = lastTrainingDay != null && day.minusDays(1).equals(lastTrainingDay);
        LocalDate start = continues ? streakStart : day;
        int length = (int) (day.toEpochDay() - start.toEpochDay()) + 1;
        return new UserProgress(workoutsCompleted, totals, days, start, day, Math.max(bestStreak, length),
                lastWorkout, preferences, unfinished, droppedAt, recentSaves, painReports, reminders, weeklyGoal, loads);
    }

    private UserProgress withWorkoutsCompleted(int count) {
        return new UserProgress(count, totals, days, streakStart, lastTrainingDay, bestStreak, lastWorkout, preferences,
                unfinished, droppedAt, recentSaves, painReports, reminders, weeklyGoal, loads);
    }

    private UserProgress withTotals(Map<String, ExerciseTotals> nextTotals) {
        return new UserProgress(workoutsCompleted, nextTotals, days, streakStart, lastTrainingDay, bestStreak,
                lastWorkout, preferences, unfinished, droppedAt, recentSaves, painReports, reminders, weeklyGoal, loads);
    }

    private UserProgress withDay(LocalDate day, java.util.function.UnaryOperator<DayLog> change) {
        List<DayLog> next = new ArrayList<>(days);
        int index = -1;
        for (int i = 0; i < next.size(); i++) {
            if (next.get(i).day().equals(day)) {
                index = i;
            }
        }
        if (index >= 0) {
            next.set(index, change.apply(next.get(index)));
        } else {
            next.add(change.apply(DayLog.empty(day)));
            next.sort(java.util.Comparator.comparing(DayLog::day));
        }
        while (next.size() > HISTORY_DAYS) {
            next.remove(0);
        }
        LocalDate recent = next.get(next.size() - 1).day().minusDays(RECENT_SET_DAYS - 1L);
        next.replaceAll(d -> d.day().isBefore(recent) ? d.withoutExerciseSets() : d);
        return new UserProgress(workoutsCompleted, totals, next, streakStart, lastTrainingDay, bestStreak,
                lastWorkout, preferences, unfinished, droppedAt, recentSaves, painReports, reminders, weeklyGoal, loads);
    }
}
