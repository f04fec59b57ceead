package com.mindmusclecoach.progress.dynamodb;

import com.mindmusclecoach.progress.DayLog;
import com.mindmusclecoach.progress.ExerciseTotals;
import com.mindmusclecoach.progress.PainReport;
import com.mindmusclecoach.progress.ProgressFingerprint;
import com.mindmusclecoach.progress.RatingTally;
import com.mindmusclecoach.progress.UserProgress;
import com.mindmusclecoach.workout.Adjustment;
import com.mindmusclecoach.workout.CompletedSet;
import com.mindmusclecoach.workout.Phase;
import com.mindmusclecoach.workout.Load;
import com.mindmusclecoach.workout.Preferences;
import com.mindmusclecoach.workout.WorkoutSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@link UserProgress} as one DynamoDB item, mapped by hand (no reflection, no bean mapping). Top-level names
 * are readable; nested names are one letter, and each training day is one short string naming its muscles by
 * position in a list kept once, because a year of daily training must stay well under the 4 KB of a one-unit
 * consistent read (with a map per day holding muscle names it measured 4.8 to 6 KB; with every date written out, a
 * person's fullest item measured 4.4 KB; see docs/STORAGE.md for today's figures):
 *
 * <pre>
 * userId        S  the key
 * schemaVersion N  {@value #SCHEMA_VERSION}; bumped only for a change old code must not overwrite (code that finds a
 *                  newer schema than its own leaves the item untouched and says storage is unavailable)
 * version       N  optimistic lock: 1 after the first write, +1 on every write
 * updatedAt     S  ISO-8601 instant of the last write
 * workouts      N  workouts completed
 * bestStreak    N
 * lastWorkout   S  the routine or exercise id last started; absent before any
 * streakStart   S  ISO date; absent before any training
 * lastDay       S  ISO date of the latest training day; absent before any training
 * totals        M  exercise id -> L [N sets, N reps]
 * muscles       L  S muscle names the days refer to by position
 * days          L  S "2025-03-14 1 10 96 0:8/2 3:9/2", oldest first: day, workouts, sets, reps, then for each
 *                  rated muscle its position in muscles, the sum of its ratings and how many there were; the day
 *                  is an ISO date for the newest, for the others how many days before the newest it is ("3 1 9 …")
 *                  (schema 1 wrote every day as a date: still read)
 * prefs         M  {r: N reps, t: N tempo shift, s: N rest seconds, v: S verbosity}
 * saves         L  S ids of the last few saves, so a retried save is not applied twice; absent when none
 * rs            S  "1 12:3 7:2;0 4:3", sets per exercise of the days (of those in days) within a week of the
 *                  newest, for "what should I train today": each day by how many days before the newest of days it
 *                  is, each exercise by its position among the exercise ids of totals in sorted order (every
 *                  exercise trained is there), one string and short names to keep the item small; absent when none;
 *                  dropped if unreadable
 * ld            S  "3:12p 7:5k", the weight last used per exercise: its position as in rs, the whole amount, p for
 *                  pounds or k for kilograms; absent when none; dropped if unreadable
 * goal          N  the weekly goal, 1 to 7 workouts; absent when none is set (or unreadable: dropped)
 * pain          L  S "2025-03-14 knee 12", oldest first: day, body part ("unnamed" when none was named), then
 *                  the exercise if there was one, by its position as in rs when it has been trained, else by id; the
 *                  day as in days, relative to the newest report; absent when none (at most 16, see
 *                  UserProgress.painReports) (schema 1 wrote dates and exercise ids: still read)
 * unfinished    M  absent when none: {p: S phase, f: S paused from (absent if none), w: S routine (absent if
 *                  none), i: N exercise index, n: N set number, o: M preferences as in prefs,
 *                  c: L of M {e: S exercise, n: N set number, r: N reps, g: N rating (absent if none)},
 *                  d: N epoch second a session that went silent left it there (absent if the user chose to leave,
 *                  or if written before this was kept)}
 * rm            L  S alert tokens of the training reminders set through the Alexa Reminders API, to cancel them;
 *                  absent when none (at most 2, see UserProgress.reminders)
 * fp            S  ProgressFingerprint of the progress as decoded from this item: every write is conditional on
 *                  its basis's fingerprint besides its version; absent in items written before it was kept
 * </pre>
 *
 * Attributes this version does not know are ignored, so adding one needs no new schema version. Decoding is
 * strict about what it reads, except that an unreadable workout to resume is dropped, unreadable
 * preferences fall back to the defaults and an unreadable pain report is dropped (the others kept, unless it is the
 * newest, whose date the others are counted back from: then all are dropped): all matter less than the history
 * beside them, which an unreadable item would lose (it is then written over).
 */
final class ProgressItemCodec {

    /** Written on every item. 2: dates in days and pain relative to the newest, exercises of pain by position. */
    static final int SCHEMA_VERSION = 2;
    /** The oldest schema this version still reads (and rewrites as {@link #SCHEMA_VERSION} on its next write). */
    static final int OLDEST_READABLE_SCHEMA = 1;
    /** The most days a stored date can lie before the newest of its list: a hundred years. */
    private static final int MAX_DAYS_BEFORE = 36_600;

    static final String KEY = ProgressTable.KEY;
    static final String SCHEMA = "schemaVersion";
    static final String VERSION = "version";
    static final String UPDATED_AT = "updatedAt";
    static final String WORKOUTS = "workouts";
    static final String BEST_STREAK = "bestStreak";
    static final String LAST_WORKOUT = "lastWorkout";
    static final String STREAK_START = "streakStart";
    static final String LAST_DAY = "lastDay";
    static final String TOTALS = "totals";
    static final String MUSCLES = "muscles";
    static final String DAYS = "days";
    static final String PREFERENCES = "prefs";
    static final String UNFINISHED = "unfinished";
    static final String SAVES = "saves";
    static final String PAIN = "pain";
    static final String REMINDERS = "rm";
    static final String RECENT_SETS = "rs";
    static final String WEEKLY_GOAL = "goal";
    static final String LOADS = "ld";
    /**
     * {@link ProgressFingerprint} of the progress as read back from this item (so equal for whoever reads it):
     * writes are conditional on it as well as on the version.
     */
    static final String FINGERPRINT = "fp";

    private static final Logger LOG = LoggerFactory.getLogger(ProgressItemCodec.class);

    private ProgressItemCodec() {
    }

    static Map<String, AttributeValue> item(String userId, UserProgress progress, long version, Instant updatedAt) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        item.put(KEY, stringValue(userId));
        item.put(SCHEMA, numberValue(SCHEMA_VERSION));
        item.put(VERSION, numberValue(version));
        item.put(UPDATED_AT, stringValue(updatedAt.toString()));
        item.put(WORKOUTS, numberValue(progress.workoutsCompleted()));
        item.put(BEST_STREAK, numberValue(progress.bestStreak()));
        if (progress.lastWorkout() != null) {
            item.put(LAST_WORKOUT, stringValue(progress.lastWorkout()));
        }
        if (progress.streakStart() != null) {
            item.put(STREAK_START, stringValue(progress.streakStart().toString()));
        }
        if (progress.lastTrainingDay() != null) {
            item.put(LAST_DAY, stringValue(progress.lastTrainingDay().toString()));
        }
        item.put(TOTALS, totals(progress.totals()));
        List<String> exercises = new ArrayList<>(new TreeMap<>(progress.totals()).keySet());
        Map<String, Integer> muscles = muscleIndex(progress.days());
        item.put(MUSCLES, AttributeValue.fromL(muscles.keySet().stream().map(ProgressItemCodec::stringValue).toList()));
        LocalDate newestDay = progress.days().isEmpty() ? null : progress.days().get(progress.days().size() - 1).day();
        item.put(DAYS, AttributeValue.fromL(progress.days().stream()
                .map(d -> stringValue(day(d, newestDay, muscles))).toList()));
        item.put(PREFERENCES, preferences(progress.preferences()));
        if (progress.unfinished() != null) {
            item.put(UNFINISHED, session(progress.unfinished(), progress.droppedAt()));
        }
        if (!progress.recentSaves().isEmpty()) {
            item.put(SAVES, AttributeValue.fromL(progress.recentSaves().stream().map(ProgressItemCodec::stringValue).toList()));
        }
        if (!progress.painReports().isEmpty()) {
            LocalDate newestPain = progress.painReports().get(progress.painReports().size() - 1).day();
            item.put(PAIN, AttributeValue.fromL(progress.painReports().stream()
                    .map(p -> stringValue(pain(p, newestPain, exercises))).toList()));
        }
        if (!progress.reminders().isEmpty()) {
            item.put(REMINDERS, AttributeValue.fromL(progress.reminders().stream().map(ProgressItemCodec::stringValue).toList()));
        }
        String recentSets = progress.days().stream()
                .filter(d -> !d.exerciseSets().isEmpty() && exercises.containsAll(d.exerciseSets().keySet()))
                .map(d -> recentSets(d, newestDay, exercises))
                .collect(java.util.stream.Collectors.joining(";"));
        if (!recentSets.isEmpty()) {
            item.put(RECENT_SETS, stringValue(recentSets));
        }
        if (progress.weeklyGoal() != 0) {
            item.put(WEEKLY_GOAL, numberValue(progress.weeklyGoal()));
        }
        String loads = new TreeMap<>(progress.loads()).entrySet().stream().filter(e -> exercises.contains(e.getKey()))
                .map(e -> Collections.binarySearch(exercises, e.getKey()) + ":" + e.getValue().amount()
                        + (e.getValue().unit() == Load.Unit.POUNDS ? "p" : "k"))
                .collect(java.util.stream.Collectors.joining(" "));
        if (!loads.isEmpty()) {
            item.put(LOADS, stringValue(loads));
        }
        item.put(FINGERPRINT, stringValue(ProgressFingerprint.of(progress(item))));
        return item;
    }

    /** @throws UnreadableProgressException when the item has no usable version */
    static long version(Map<String, AttributeValue> item) {
        return read(item, "the version", i -> longNumber(i, VERSION));
    }

    /** The schema the item was written with; 0 when it says none. */
    static int schemaVersion(Map<String, AttributeValue> item) {
        return item.containsKey(SCHEMA) ? read(item, "the schema version", i -> intNumber(i, SCHEMA)) : 0;
    }

    /** @throws UnreadableProgressException when the history, totals or streak cannot be read */
    static UserProgress progress(Map<String, AttributeValue> item) {
        return read(item, "the progress", i -> {
            List<String> muscles = list(i, MUSCLES).stream().map(ProgressItemCodec::string).toList();
            List<String> exercises = new ArrayList<>(new TreeMap<>(map(i, TOTALS)).keySet());
            List<String> storedDays = list(i, DAYS).stream().map(ProgressItemCodec::string).toList();
            LocalDate newestDay = storedDays.isEmpty() ? null : LocalDate.parse(firstToken(storedDays.get(storedDays.size() - 1)));
            Map<LocalDate, Map<String, Integer>> recentSets = storedDays.isEmpty() ? Map.of() : recentSets(i,
                    newestDay, exercises);
            return new UserProgress(
                    intNumber(i, WORKOUTS),
                    totalsFrom(map(i, TOTALS)),
                    storedDays.stream().map(d -> day(d, newestDay, muscles)).map(d -> recentSets.containsKey(d.day())
                            ? new DayLog(d.day(), d.workouts(), d.sets(), d.reps(), d.ratings(), recentSets.get(d.day()))
                            : d).toList(),
                    optionalDate(i, STREAK_START),
                    optionalDate(i, LAST_DAY),
                    intNumber(i, BEST_STREAK),
                    i.containsKey(LAST_WORKOUT) ? string(i.get(LAST_WORKOUT)) : null,
                    orDropped(i, PREFERENCES, "preferences", Preferences.DEFAULT, ProgressItemCodec::preferences),
                    orDropped(i, UNFINISHED, "unfinished workout", null, ProgressItemCodec::session),
                    orDropped(i, UNFINISHED, "time the unfinished workout was left", null, ProgressItemCodec::droppedAt),
                    i.containsKey(SAVES) ? list(i, SAVES).stream().map(ProgressItemCodec::string).toList() : List.of(),
                    painReports(i, exercises),
                    reminders(i),
                    weeklyGoal(i),
                    loads(i, exercises));
        });
    }

    /** The weight last used per exercise; none when absent or unreadable (they only steer a suggestion). */
    private static Map<String, Load> loads(Map<String, AttributeValue> item, List<String> exercises) {
        if (!item.containsKey(LOADS)) {
            return Map.of();
        }
        try {
            Map<String, Load> loads = new HashMap<>();
            for (String token : string(item.get(LOADS)).split(" ")) {
                int colon = token.indexOf(':');
                char unit = token.charAt(token.length() - 1);
                if (unit != 'p' && unit != 'k') {
                    throw new IllegalArgumentException("a load in neither pounds nor kilograms: " + token);
                }
                loads.put(exercises.get(Integer.parseInt(token.substring(0, colon))), new Load(
                        Integer.parseInt(token.substring(colon + 1, token.length() - 1)),
                        unit == 'p' ? Load.Unit.POUNDS : Load.Unit.KILOGRAMS));
            }
            return loads;
        } catch (RuntimeException unreadable) {
            LOG.warn("stored loads unreadable, dropped: {}", unreadable.toString());
            return Map.of();
        }
    }

    private static String recentSets(DayLog day, LocalDate newest, List<String> exercises) {
        StringBuilder text = new StringBuilder().append(newest.toEpochDay() - day.day().toEpochDay());
        new TreeMap<>(day.exerciseSets()).forEach((exercise, sets) -> text.append(' ')
                .append(Collections.binarySearch(exercises, exercise)).append(':').append(sets));
        return text.toString();
    }

    /** Sets per exercise per recent day; none when absent or unreadable (they only steer a suggestion). */
    private static Map<LocalDate, Map<String, Integer>> recentSets(Map<String, AttributeValue> item, LocalDate newest,
                                                                   List<String> exercises) {
        if (!item.containsKey(RECENT_SETS)) {
            return Map.of();
        }
        try {
            Map<LocalDate, Map<String, Integer>> byDay = new HashMap<>();
            for (String day : string(item.get(RECENT_SETS)).split(";")) {
                String[] parts = day.split(" ");
                Map<String, Integer> sets = new HashMap<>();
                for (int p = 1; p < parts.length; p++) {
                    int colon = parts[p].indexOf(':');
                    String exercise = exercises.get(Integer.parseInt(parts[p].substring(0, colon)));
                    int count = Integer.parseInt(parts[p].substring(colon + 1));
                    if (count < 1 || sets.put(exercise, count) != null) {
                        throw new IllegalArgumentException("sets not exercise:count once each: " + parts[p]);
                    }
                }
                int daysBefore = Integer.parseInt(parts[0]);
                if (daysBefore < 0 || daysBefore >= UserProgress.RECENT_SET_DAYS) {
                    throw new IllegalArgumentException("not a recent day: " + daysBefore);
                }
                byDay.put(newest.minusDays(daysBefore), sets);
            }
            return byDay;
        } catch (RuntimeException unreadable) {
            LOG.warn("stored recent sets unreadable, dropped: {}", unreadable.toString());
            return Map.of();
        }
    }

    /** The weekly goal; 0 (none) when absent or unreadable. */
    private static int weeklyGoal(Map<String, AttributeValue> item) {
        if (!item.containsKey(WEEKLY_GOAL)) {
            return 0;
        }
        try {
            int goal = intNumber(item, WEEKLY_GOAL);
            if (goal < UserProgress.MIN_WEEKLY_GOAL || goal > UserProgress.MAX_WEEKLY_GOAL) {
                throw new IllegalArgumentException("a weekly goal of " + goal);
            }
            return goal;
        } catch (RuntimeException unreadable) {
            LOG.warn("stored weekly goal unreadable, dropped: {}", unreadable.toString());
            return 0;
        }
    }

    private static AttributeValue totals(Map<String, ExerciseTotals> totals) {
        Map<String, AttributeValue> encoded = new TreeMap<>();
        totals.forEach((exercise, t) -> encoded.put(exercise, AttributeValue.fromL(List.of(numberValue(t.sets()), numberValue(t.reps())))));
        return AttributeValue.fromM(encoded);
    }

    private static Map<String, ExerciseTotals> totalsFrom(Map<String, AttributeValue> encoded) {
        Map<String, ExerciseTotals> totals = new HashMap<>();
        encoded.forEach((exercise, value) -> {
            List<AttributeValue> pair = exactly(2, value);
            totals.put(exercise, new ExerciseTotals(intNumber(pair.get(0)), intNumber(pair.get(1))));
        });
        return totals;
    }

    private static Map<String, Integer> muscleIndex(List<DayLog> days) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (DayLog day : days) {
            for (String muscle : new TreeMap<>(day.ratings()).keySet()) {
                index.putIfAbsent(muscle, index.size());
            }
        }
        return index;
    }

    /** The newest day by its date, every other by how many days before the newest it is. */
    private static String day(DayLog day, LocalDate newest, Map<String, Integer> muscles) {
        StringBuilder text = new StringBuilder()
                .append(relativeDate(day.day(), newest)).append(' ').append(day.workouts()).append(' ').append(day.sets()).append(' ').append(day.reps());
        new TreeMap<>(day.ratings()).forEach((muscle, tally) -> text.append(' ')
                .append(muscles.get(muscle)).append(':').append(tally.sum()).append('/').append(tally.count()));
        return text.toString();
    }

    private static DayLog day(String text, LocalDate newest, List<String> muscles) {
        String[] parts = text.split(" ");
        if (parts.length < 4) {
            throw new IllegalArgumentException("day without its four counts: " + text);
        }
        Map<String, RatingTally> ratings = new HashMap<>();
        for (int p = 4; p < parts.length; p++) {
            String[] rated = parts[p].split("[:/]");
            if (rated.length != 3) {
                throw new IllegalArgumentException("rating not muscle:sum/count: " + parts[p]);
            }
            String muscle = muscles.get(Integer.parseInt(rated[0]));
            if (ratings.put(muscle, new RatingTally(Integer.parseInt(rated[1]), Integer.parseInt(rated[2]))) != null) {
                throw new IllegalArgumentException("muscle rated twice in one day: " + text);
            }
        }
        return new DayLog(date(parts[0], newest, 1), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                Integer.parseInt(parts[3]), ratings);
    }

    /**
     * The newest report by its date, every other by how many days before the newest it is; the exercise by its
     * position among the trained exercises (as in rs) when it is one of them, else by its id.
     */
    private static String pain(PainReport report, LocalDate newest, List<String> exercises) {
        String exercise = report.exerciseId() == null ? null
                : exercises.contains(report.exerciseId()) ? String.valueOf(Collections.binarySearch(exercises, report.exerciseId()))
                : report.exerciseId();
        return relativeDate(report.day(), newest) + " " + report.bodyPart() + (exercise == null ? "" : " " + exercise);
    }

    /** The stored pain reports, without any that cannot be read; none before this attribute existed. */
    private static List<PainReport> painReports(Map<String, AttributeValue> item, List<String> exercises) {
        if (!item.containsKey(PAIN)) {
            return List.of();
        }
        List<AttributeValue> stored;
        try {
            stored = list(item, PAIN);
        } catch (RuntimeException unreadable) {
            LOG.warn("stored pain reports unreadable, dropped: {}", unreadable.toString());
            return List.of();
        }
        LocalDate newest = null;
        try {
            newest = LocalDate.parse(firstToken(string(stored.get(stored.size() - 1))));
        } catch (RuntimeException unreadable) {
            LOG.warn("newest stored pain report unreadable: {}", unreadable.toString());
        }
        List<PainReport> reports = new ArrayList<>();
        for (AttributeValue value : stored) {
            try {
                String[] parts = string(value).split(" ", -1);
                if (parts.length < 2 || parts.length > 3) {
                    throw new IllegalArgumentException("pain report not 'date part [exercise]': " + value.s());
                }
                String exercise = parts.length < 3 ? null
                        : parts[2].chars().allMatch(Character::isDigit) ? exercises.get(Integer.parseInt(parts[2]))
                        : parts[2];
                reports.add(new PainReport(parts[1], exercise, date(parts[0], newest, 0)));
            } catch (RuntimeException unreadable) {
                LOG.warn("stored pain report unreadable, dropped: {}", unreadable.toString());
            }
        }
        return reports;
    }

    /**
     * The stored reminders' alert tokens; none before this attribute existed, and none when they cannot be read
     * (the reminders then stay in the user's Alexa app, where they can be deleted).
     */
    private static List<String> reminders(Map<String, AttributeValue> item) {
        if (!item.containsKey(REMINDERS)) {
            return List.of();
        }
        try {
            return UserProgress.reminderTokens(list(item, REMINDERS).stream().map(ProgressItemCodec::string).toList());
        } catch (RuntimeException unreadable) {
            LOG.warn("stored reminders unreadable, dropped: {}", unreadable.toString());
            return List.of();
        }
    }

    /** A date as stored: the newest of a list as itself, any other as how many days before the newest it is. */
    private static String relativeDate(LocalDate day, LocalDate newest) {
        return day.equals(newest) ? day.toString() : String.valueOf(newest.toEpochDay() - day.toEpochDay());
    }

    /**
     * A date read back: an ISO date as itself (the newest of a list, or any date of an item written with schema 1),
     * else a count of days, at least {@code least}, before the newest.
     */
    private static LocalDate date(String text, LocalDate newest, int least) {
        if (text.indexOf('-') >= 0) {
            return LocalDate.parse(text);
        }
        int before = Integer.parseInt(text);
        if (newest == null || before < least || before > MAX_DAYS_BEFORE) {
            throw new IllegalArgumentException("not a day before the newest: " + text);
        }
        return newest.minusDays(before);
    }

    private static String firstToken(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static AttributeValue preferences(Preferences preferences) {
        Map<String, AttributeValue> encoded = new LinkedHashMap<>();
        encoded.put("r", numberValue(preferences.reps()));
        encoded.put("t", numberValue(preferences.tempoShift()));
        encoded.put("s", numberValue(preferences.restSeconds()));
        encoded.put("v", stringValue(preferences.verbosity().name()));
        return AttributeValue.fromM(encoded);
    }

    private static Preferences preferences(Map<String, AttributeValue> encoded) {
        return new Preferences(intNumber(encoded, "r"), intNumber(encoded, "t"), intNumber(encoded, "s"),
                Preferences.Verbosity.valueOf(string(encoded, "v")));
    }

    private static AttributeValue session(WorkoutSession session, Instant droppedAt) {
        Map<String, AttributeValue> encoded = new LinkedHashMap<>();
        encoded.put("p", stringValue(session.phase().name()));
        if (session.pausedFrom() != null) {
            encoded.put("f", stringValue(session.pausedFrom().name()));
        }
        if (session.routineId() != null) {
            encoded.put("w", stringValue(session.routineId()));
        }
        encoded.put("i", numberValue(session.exerciseIndex()));
        encoded.put("n", numberValue(session.setNumber()));
        encoded.put("o", preferences(session.preferences()));
        encoded.put("c", AttributeValue.fromL(session.completed().stream().map(ProgressItemCodec::completedSet).toList()));
        Adjustment adjustment = session.adjustment();
        if (!adjustment.equals(Adjustment.NONE)) {
            Map<String, AttributeValue> changed = new LinkedHashMap<>();
            if (adjustment.swap() != null) {
                changed.put("x", stringValue(adjustment.swap()));
            }
            changed.put("r", numberValue(adjustment.reps()));
            changed.put("t", numberValue(adjustment.tempo()));
            encoded.put("a", AttributeValue.fromM(changed));
        }
        if (session.confirming() != null) {
            encoded.put("q", stringValue(session.confirming()));
        }
        if (droppedAt != null) {
            encoded.put("d", numberValue(droppedAt.getEpochSecond()));
        }
        return AttributeValue.fromM(encoded);
    }

    /** Absent in items written before it was kept, and when the user chose to leave: not known to be recent. */
    private static Instant droppedAt(Map<String, AttributeValue> encoded) {
        return encoded.containsKey("d") ? Instant.ofEpochSecond(longNumber(encoded, "d")) : null;
    }

    /** Absent in items written before adjustments existed: the exercise as planned. */
    private static Adjustment adjustment(Map<String, AttributeValue> encoded) {
        if (!encoded.containsKey("a")) {
            return Adjustment.NONE;
        }
        Map<String, AttributeValue> changed = map(encoded, "a");
        return new Adjustment(optionalString(changed, "x"), intNumber(changed, "r"), intNumber(changed, "t"));
    }

    private static WorkoutSession session(Map<String, AttributeValue> encoded) {
        String pausedFrom = optionalString(encoded, "f");
        return new WorkoutSession(
                Phase.valueOf(string(encoded, "p")),
                pausedFrom == null ? null : Phase.valueOf(pausedFrom),
                optionalString(encoded, "w"),
                intNumber(encoded, "i"),
                intNumber(encoded, "n"),
                preferences(map(encoded, "o")),
                list(encoded, "c").stream().map(c -> completedSet(map(c))).toList(),
                adjustment(encoded),
                optionalString(encoded, "q"));
    }

    private static AttributeValue completedSet(CompletedSet set) {
        Map<String, AttributeValue> encoded = new LinkedHashMap<>();
        encoded.put("e", stringValue(set.exerciseId()));
        encoded.put("n", numberValue(set.setNumber()));
        encoded.put("r", numberValue(set.reps()));
        if (set.rating() != null) {
            encoded.put("g", numberValue(set.rating()));
        }
        return AttributeValue.fromM(encoded);
    }

    private static CompletedSet completedSet(Map<String, AttributeValue> encoded) {
        return new CompletedSet(string(encoded, "e"), intNumber(encoded, "n"), intNumber(encoded, "r"),
                encoded.containsKey("g") ? intNumber(encoded, "g") : null);
    }

    /** Reads an optional part; when it is there but unreadable, keeps the rest and logs what was dropped. */
    private static <T> T orDropped(Map<String, AttributeValue> item, String name, String what, T fallback,
                                   Function<Map<String, AttributeValue>, T> decoder) {
        if (!item.containsKey(name)) {
            return fallback;
        }
        try {
            return decoder.apply(map(item, name));
        } catch (RuntimeException unreadable) {
            LOG.warn("stored {} unreadable, dropped: {}", what, unreadable.toString());
            return fallback;
        }
    }

    /** Stored data is input: any failure to read it, whatever its type, means the item is unreadable. */
    private static <T> T read(Map<String, AttributeValue> item, String what, Function<Map<String, AttributeValue>, T> reader) {
        try {
            return reader.apply(item);
        } catch (RuntimeException e) {
            throw new UnreadableProgressException(what + " of the stored item cannot be read: " + e.getMessage(), e);
        }
    }

    private static AttributeValue stringValue(String value) {
        if (value == null) {
            throw new IllegalArgumentException("a stored string may not be null");
        }
        return AttributeValue.fromS(value);
    }

    private static AttributeValue numberValue(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static AttributeValue required(Map<String, AttributeValue> encoded, String name) {
        AttributeValue value = encoded.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    private static String string(AttributeValue value) {
        if (value.s() == null) {
            throw new IllegalArgumentException("not a string: " + value);
        }
        return value.s();
    }

    private static String string(Map<String, AttributeValue> encoded, String name) {
        return string(required(encoded, name));
    }

    private static String optionalString(Map<String, AttributeValue> encoded, String name) {
        return encoded.containsKey(name) ? string(encoded, name) : null;
    }

    private static LocalDate optionalDate(Map<String, AttributeValue> encoded, String name) {
        String text = optionalString(encoded, name);
        return text == null ? null : LocalDate.parse(text);
    }

    private static int intNumber(AttributeValue value) {
        if (value.n() == null) {
            throw new IllegalArgumentException("not a number: " + value);
        }
        return Integer.parseInt(value.n());
    }

    private static int intNumber(Map<String, AttributeValue> encoded, String name) {
        return intNumber(required(encoded, name));
    }

    private static long longNumber(Map<String, AttributeValue> encoded, String name) {
        AttributeValue value = required(encoded, name);
        if (value.n() == null) {
            throw new IllegalArgumentException("not a number: " + value);
        }
        return Long.parseLong(value.n());
    }

    private static Map<String, AttributeValue> map(AttributeValue value) {
        if (!value.hasM()) {
            throw new IllegalArgumentException("not a map: " + value);
        }
        return value.m();
    }

    private static Map<String, AttributeValue> map(Map<String, AttributeValue> encoded, String name) {
        return map(required(encoded, name));
    }

    private static List<AttributeValue> list(Map<String, AttributeValue> encoded, String name) {
        AttributeValue value = required(encoded, name);
        if (!value.hasL()) {
            throw new IllegalArgumentException("not a list: " + name);
        }
        return value.l();
    }

    private static List<AttributeValue> exactly(int size, AttributeValue value) {
        if (!value.hasL() || value.l().size() != size) {
            throw new IllegalArgumentException("not a list of " + size + ": " + value);
        }
        return value.l();
    }
}
